package io.darkroom.app.cli;

import io.darkroom.app.server.DarkroomServer;
import io.darkroom.nlq.QuestionAnswerer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code darkroom serve}: the HTTP API on the warehouse. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the question API over HTTP (GET /health, POST /api/ask).")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions options;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind. Default: ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port. Default: ${DEFAULT-VALUE}")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        try (WarehouseSession session = WarehouseSession.open(options.config(), "darkroom-serve", options.verbose)) {
            QuestionAnswerer answerer = Answerers.of(session.warehouse());
            try (DarkroomServer server = DarkroomServer.start(answerer, host, port)) {
                System.out.printf("Darkroom is listening on http://%s:%d (POST /api/ask); Ctrl-C stops it.%n", host, server.port());
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "serve-stop"));
                stop.await();
            }
            return ExitCodes.OK;
        }
    }
}
