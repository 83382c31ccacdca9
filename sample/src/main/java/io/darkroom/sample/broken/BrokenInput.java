package io.darkroom.sample.broken;

/** A broken input as written; {@code password} is set only for the encrypted PDF. */
public record BrokenInput(String path, BrokenKind kind, String password) {
}
