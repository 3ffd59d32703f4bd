package dev.rxray.cli;

public final class Main {
    public static void main(String[] args) {
        System.out.println(System.getProperty("java.version") + " " + dev.rxray.syntax.antlr.RustParser.class);
    }
}
