package channelsim.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One block of parameters as typed fields (see {@link Settings}). A subclass names each key once, as a
 * constant, and marks the field that holds it with {@link Key}; {@link #read} fills every marked field from
 * the parameters by its type. Fields change only when the parameters do, so agents read them freely.
 */
public abstract class BlockSettings {

    /** The parameter key a typed field holds. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Key {
        String value();
    }

    private final List<Field> fields = new ArrayList<>();

    protected BlockSettings() {
        for (Field f : getClass().getDeclaredFields())
            if (f.isAnnotationPresent(Key.class) && !Modifier.isStatic(f.getModifiers())) fields.add(f);
    }

    /** The keys this block reads. */
    public final List<String> keys() {
        List<String> k = new ArrayList<>();
        for (Field f : fields) k.add(f.getAnnotation(Key.class).value());
        return k;
    }

    /** Reads every key of the block from the parameters in force. */
    final void read(Params p) {
        try {
            for (Field f : fields) {
                Object v = p.get(f.getAnnotation(Key.class).value());
                Class<?> t = f.getType();
                if (t == double.class) f.setDouble(this, ((Number) v).doubleValue());
                else if (t == int.class) f.setInt(this, (int) ((Number) v).longValue());
                else if (t == long.class) f.setLong(this, ((Number) v).longValue());
                else if (t == boolean.class) f.setBoolean(this, (Boolean) v);
                else if (t == LocalDate.class || t == String.class) f.set(this, v);
                else throw new IllegalStateException("no reader for " + t + " (" + f + ")");
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("settings field not accessible", e);
        }
    }
}
