package io.darkroom.app.cli;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorKind;
import picocli.CommandLine;

import java.io.PrintWriter;

/** Stable exit codes: 0 ok, 1 user error (one-line message), 2 internal or external failure. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int INTERNAL_ERROR = 2;

    private ExitCodes() {
    }

    public static int of(Throwable t) {
        if (t instanceof DarkroomException e && e.kind() == ErrorKind.USER_INPUT) {
            return USER_ERROR;
        }
        if (t instanceof CommandLine.ParameterException) {
            return USER_ERROR;
        }
        return INTERNAL_ERROR;
    }

    public static CommandLine.IExecutionExceptionHandler handler(boolean verbose) {
        return (ex, cli, parseResult) -> {
            PrintWriter err = cli.getErr();
            if (ex instanceof DarkroomException e) {
                err.println("darkroom: " + e.getMessage());
                if (e.detail() != null) {
                    err.println("  detail: " + e.detail());
                }
            } else {
                err.println("darkroom: internal error: " + ex.getClass().getSimpleName()
                        + (ex.getMessage() == null ? "" : ": " + firstLine(ex.getMessage()))
                        + (verbose ? "" : " (run with --verbose for the cause)"));
            }
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return of(ex);
        };
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
