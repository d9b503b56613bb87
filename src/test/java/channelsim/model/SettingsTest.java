package channelsim.model;

import channelsim.config.ParamSpec;
import channelsim.config.ParameterRegistry;
import channelsim.config.Scenario;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parameters reach the code through one typed settings class per block, and only keys the registry has. */
class SettingsTest {

    /** Every block's settings object, as a run holds them. */
    private static List<BlockSettings> blocks(Settings s) {
        List<BlockSettings> l = new ArrayList<>(List.of(s.run, s.migrants, s.gangs, s.homeOffice, s.weather, s.sea));
        l.addAll(s.policies.blocks());
        return l;
    }

    /** Key constant -> the settings class that declares it. */
    private static Map<String, Class<?>> declaredKeys() throws IllegalAccessException {
        Map<String, Class<?>> keys = new HashMap<>();
        for (BlockSettings b : blocks(new Settings()))
            for (Field f : b.getClass().getDeclaredFields())
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    String k = (String) f.get(null);
                    Class<?> before = keys.put(k, b.getClass());
                    assertTrue(before == null, k + " is declared by " + before + " and " + b.getClass());
                }
        return keys;
    }

    @Test
    void everyKeyTheCodeReadsIsInTheRegistry() throws Exception {
        for (String k : declaredKeys().keySet())
            assertNotNull(ParameterRegistry.find(k), "a settings class reads " + k + ", which the registry lacks");
    }

    @Test
    void everyRegistryKeyIsReadByExactlyOneSettingsClass() throws Exception {
        Map<String, Class<?>> declared = declaredKeys();
        TreeSet<String> unread = new TreeSet<>();
        for (ParamSpec p : ParameterRegistry.all())
            if (!p.key().startsWith("migrants.groups.") && !declared.containsKey(p.key())) unread.add(p.key());
        assertEquals(new TreeSet<>(), unread, "registry keys that no settings class reads");
    }

    @Test
    void eachBlockReadsTheDefaultsIntoItsFields() {
        Settings s = Settings.of(new Params(Scenario.defaults("defaults")));
        assertEquals(((Number) ParameterRegistry.find("policies.one_in_one_out.returns_per_week").defaultValue()).doubleValue(),
                s.policies.oneInOneOut.returnsPerWeek);
        assertEquals(ParameterRegistry.find("gangs.adaptive").defaultValue(), s.gangs.adaptive);
        assertEquals(ParameterRegistry.find("policies.one_in_one_out.start").defaultValue(), s.policies.oneInOneOut.start);
        // every key constant has its typed field, and every typed field its key
        for (BlockSettings b : blocks(s)) {
            List<String> constants = new ArrayList<>();
            for (Field f : b.getClass().getDeclaredFields())
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) constants.add(get(f));
            assertEquals(new TreeSet<>(constants), new TreeSet<>(b.keys()), b.getClass().getSimpleName() + ": key constants and typed fields differ");
            long fields = Stream.of(b.getClass().getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers())).count();
            assertEquals(fields, b.keys().size(), b.getClass().getSimpleName() + ": a field without its @Key");
        }
    }

    private static String get(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aChangedParameterIsSeenAfterRefresh() {
        Params p = new Params(Scenario.defaults("defaults"));
        Settings s = Settings.of(p);
        p.set(PolicySettings.FrenchPolice.OFFICERS, 1234.0);
        assertEquals(1234.0, s.refresh(p).policies.frenchPolice.officers);
    }

    @Test
    void noOtherSourceFileNamesAParameterKey() throws IOException {
        Path root = Path.of("src/main/java/channelsim");
        List<String> keys = new ArrayList<>();
        for (ParamSpec p : ParameterRegistry.all()) if (p.key().contains(".") && !p.key().contains("*")) keys.add(p.key());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                String name = f.getFileName().toString();
                if (name.equals("ParameterRegistry.java") || name.endsWith("Settings.java")) continue;
                String text = Files.readString(f);
                for (String k : keys) if (text.contains("\"" + k + "\"")) found.add(root.relativize(f) + ": " + k);
            }
        }
        assertEquals(List.of(), found, "key strings belong in the registry and their block's settings class");
    }
}
