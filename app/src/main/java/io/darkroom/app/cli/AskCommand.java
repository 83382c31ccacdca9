package io.darkroom.app.cli;

import io.darkroom.nlq.answer.Answer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code darkroom ask "question"}: answers a plain-English question from the warehouse. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a plain-English question from the warehouse, e.g. \"how many invoices were there in 2024\".")
public final class AskCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions options;

    @Parameters(index = "0", paramLabel = "QUESTION", description = "The question, in quotes.")
    String question;

    @Option(names = "--json", description = "Print the answer as JSON.")
    boolean json;

    @Option(names = "--session", paramLabel = "ID", description = "Conversation id: follow-ups such as \"and in 2024?\" refine the last question of the session (within one process).")
    String sessionId;

    @Override
    public Integer call() {
        try (WarehouseSession session = WarehouseSession.open(options.config(), "darkroom-ask", options.verbose)) {
            Answer answer = Answerers.of(session.warehouse()).ask(sessionId, question);
            if (json) {
                System.out.println(Json.write(answer));
            } else {
                AnswerPrinter.print(answer, System.out);
            }
            return ExitCodes.OK;
        }
    }
}
