package io.darkroom.app.cli;

import io.darkroom.app.doctor.Check;
import io.darkroom.app.doctor.Doctor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code darkroom doctor}: what this machine lacks for Darkroom, and how to fix it. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check Java, memory, the home and its warehouse, OCR, the CoreNLP models and the Spark master; print fixes.")
public final class DoctorCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions options;

    @Option(names = "--json", description = "Print the checks as JSON.")
    boolean json;

    @Override
    public Integer call() {
        List<Check> checks = new Doctor(options.config(), 2_000).examine();
        boolean failed = checks.stream().anyMatch(c -> c.status() == Check.Status.FAIL);
        if (json) {
            System.out.println(Json.write(Map.of("checks", checks, "healthy", !failed)));
        } else {
            for (Check c : checks) {
                System.out.printf("%-4s %-15s %s%n", c.status() == Check.Status.OK ? "ok" : c.status().name().toLowerCase(),
                        c.subject(), c.finding());
                if (!c.fix().isEmpty()) {
                    System.out.printf("     %-15s fix: %s%n", "", c.fix());
                }
            }
            long warnings = checks.stream().filter(c -> c.status() == Check.Status.WARN).count();
            System.out.println(failed ? "Darkroom cannot run everything here: mend the 'fail' lines first."
                    : warnings > 0 ? "Darkroom runs here; the 'warn' lines limit what it can do." : "All good.");
        }
        // A failed check is the machine's state, not a crash: exit 1 like any other user-fixable problem.
        return failed ? ExitCodes.USER_ERROR : ExitCodes.OK;
    }
}
