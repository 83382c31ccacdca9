package io.darkroom.app;

public final class Darkroom {
    public static void main(String[] args) {
        System.out.println("darkroom");
    }
}
