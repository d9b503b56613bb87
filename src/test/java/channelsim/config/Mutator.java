package channelsim.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes hostile variants of a settings file, as a user (or a broken tool) might: keys deleted and renamed,
 * values of the wrong type, extreme numbers, YAML 1.1 number forms, truncation, other encodings, aliases,
 * deep nesting, {@code extends:} tricks. Deterministic in its {@link Random}: a seed names a case.
 */
public final class Mutator {
    /** Mutation kinds, in the order {@link #mutate} picks them. */
    public enum Kind {
        DELETE_KEY, RENAME_KEY, WRONG_TYPE, EXTREME_NUMBER, YAML11_FORM, TRUNCATE, ENCODING, ALIASES, NESTING, EXTENDS,
        DUPLICATE_KEY, FLIP_BYTES, WHOLE_FILE, TWO_AT_ONCE
    }

    static final String[] WRONG = {"abc", "[1, 2]", "{a: 1}", "true", "", "~", "2025-13-45", "2025-02-30", "\"text\"",
            "!!binary aGVsbG8=", "!!python/object:os.system", "!foo bar", "*undefined", "&a 1", "\"\\u0000\"", "|\n  block",
            "'", "\"", "- a", "{", "[", "? x", "@x", "`x`", "%x", "null", "NaN", "1,5", "1 000"};
    static final String[] EXTREME = {"-1", "0", "-0", "1e308", "1e309", "-1e309", "4.9e-324", "9223372036854775807",
            "9223372036854775808", "-9223372036854775809", "2147483648", "99999999999999999999999999", "0.0000000001",
            "1e-400", ".inf", "-.inf", ".nan", "1000000", "1000001", "36501", "100000000"};
    static final String[] YAML11 = {"010", "0777", "0o17", "0x1F", "0b101", "1:00", "1:30:00", "1_000", "yes", "no", "on",
            "off", "y", "n", "Yes", "OFF", "+12", "12.", ".5", "1e3", "0.", "-.5", "2025-8-6", "2025-08-06T10:00:00Z"};

    private Mutator() {}

    /**
     * A mutated copy of {@code text} (bytes, since some mutations are not UTF-8). {@code scenarioDir} is the
     * absolute folder of the shipped scenarios, for {@code extends:} tricks.
     */
    public static byte[] mutate(String text, Random rnd, String scenarioDir) {
        Kind k = Kind.values()[rnd.nextInt(Kind.values().length)];
        return mutate(text, k, rnd, scenarioDir);
    }

    public static byte[] mutate(String text, Kind k, Random rnd, String scenarioDir) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        List<Integer> keyed = new ArrayList<>(), valued = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.trim().startsWith("#") || !l.contains(":")) continue;
            keyed.add(i);
            String v = value(l);
            if (!v.isEmpty() && !v.startsWith("#")) valued.add(i);
        }
        if (keyed.isEmpty()) keyed.add(0);
        if (valued.isEmpty()) valued.addAll(keyed);
        int at = keyed.get(rnd.nextInt(keyed.size())), vat = valued.get(rnd.nextInt(valued.size()));
        switch (k) {
            case DELETE_KEY -> lines.remove(at);
            case RENAME_KEY -> {
                String l = lines.get(at);
                int c = l.indexOf(':');
                String key = l.substring(0, c);
                String renamed = switch (rnd.nextInt(5)) {
                    case 0 -> key + "x";
                    case 1 -> key.toUpperCase();
                    case 2 -> key.length() > 2 ? key.substring(0, key.length() - 2) + key.charAt(key.length() - 1) + key.charAt(key.length() - 2) : key + key;
                    case 3 -> key.replace('_', '-');
                    default -> key + ".sub";
                };
                lines.set(at, renamed + l.substring(c));
            }
            case WRONG_TYPE -> lines.set(vat, withValue(lines.get(vat), WRONG[rnd.nextInt(WRONG.length)]));
            case EXTREME_NUMBER -> lines.set(vat, withValue(lines.get(vat), EXTREME[rnd.nextInt(EXTREME.length)]));
            case YAML11_FORM -> lines.set(vat, withValue(lines.get(vat), YAML11[rnd.nextInt(YAML11.length)]));
            case TRUNCATE -> {
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                return java.util.Arrays.copyOf(b, rnd.nextInt(b.length + 1));
            }
            case ENCODING -> {
                return switch (rnd.nextInt(5)) {
                    case 0 -> text.getBytes(StandardCharsets.UTF_16);
                    case 1 -> concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
                    case 2 -> insert(text.getBytes(StandardCharsets.UTF_8), rnd, new byte[]{(byte) 0xFF, (byte) 0xFE});
                    case 3 -> insert(text.getBytes(StandardCharsets.UTF_8), rnd, new byte[]{0});
                    default -> text.replace("e", "\u00e9").getBytes(StandardCharsets.ISO_8859_1);
                };
            }
            case ALIASES -> {
                if (rnd.nextBoolean()) {
                    StringBuilder bomb = new StringBuilder("bomb0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
                    for (int i = 1; i < 12; i++) {
                        bomb.append("bomb").append(i).append(": &a").append(i).append(" [");
                        for (int j = 0; j < 10; j++) bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
                        bomb.append("]\n");
                    }
                    lines.add(0, bomb.toString());
                } else {
                    lines.set(vat, withValue(lines.get(vat), "&v " + value(lines.get(vat))));
                    lines.add("again: *v");
                }
            }
            case NESTING -> {
                int depth = new int[]{60, 1000, 10000}[rnd.nextInt(3)];
                String open = rnd.nextBoolean() ? "[" : "{a: ", close = open.equals("[") ? "]" : "}";
                lines.set(vat, withValue(lines.get(vat), open.repeat(depth) + "1" + close.repeat(depth)));
            }
            case EXTENDS -> {
                String[] targets = {"/dev/zero", "/dev/null", "/", ".", "missing.yaml", "[a.yaml, b.yaml]", "{a: 1}", "",
                        scenarioDir, scenarioDir + "/status-quo-2025.yaml", "../studies/one-in-one-out.yaml",
                        "/proc/self/status", "~", "status-quo-2024.yaml", "\"" + "../".repeat(40) + "etc/passwd\""};
                lines.removeIf(l -> l.startsWith("extends:"));
                lines.add(0, "extends: " + targets[rnd.nextInt(targets.length)]);
            }
            case DUPLICATE_KEY -> lines.add(at + 1, lines.get(at));
            case FLIP_BYTES -> {
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                for (int i = 0, n = 1 + rnd.nextInt(4); i < n && b.length > 0; i++) b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
                return b;
            }
            case WHOLE_FILE -> {
                String[] whole = {"", "\n", "---\n", "--- 5\n", "[1, 2, 3]\n", "just text\n", "~\n", "a: 1\n---\nb: 2\n",
                        "%YAML 1.1\n---\ndays: 010\n", "\t- x\n", "? [a, b]\n: 1\n", "{1: 2}\n"};
                return whole[rnd.nextInt(whole.length)].getBytes(StandardCharsets.UTF_8);
            }
            case TWO_AT_ONCE -> {
                byte[] once = mutate(text, Kind.values()[rnd.nextInt(3)], rnd, scenarioDir);
                return mutate(new String(once, StandardCharsets.UTF_8), Kind.values()[2 + rnd.nextInt(3)], rnd, scenarioDir);
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static String value(String line) {
        int c = line.indexOf(':');
        return c < 0 ? "" : line.substring(c + 1).trim();
    }

    private static String withValue(String line, String v) {
        int c = line.indexOf(':');
        return c < 0 ? line + ": " + v : line.substring(0, c + 1) + " " + v;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] o = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, o, a.length, b.length);
        return o;
    }

    private static byte[] insert(byte[] b, Random rnd, byte[] what) {
        int at = rnd.nextInt(b.length + 1);
        byte[] o = new byte[b.length + what.length];
        System.arraycopy(b, 0, o, 0, at);
        System.arraycopy(what, 0, o, at, what.length);
        System.arraycopy(b, at, o, at + what.length, b.length - at);
        return o;
    }
}
