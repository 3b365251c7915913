package com.ibm.websphere.logging.hpel;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test stand-in for Liberty's LogRecordContext (same names and signatures as the IBM API, which is not on
 * Maven): keeps registered extensions weakly, like Liberty, and hands out their values like its JSON logger.
 */
public class LogRecordContext {

    private static final Map<String, WeakReference<Extension>> EXTENSIONS = new ConcurrentHashMap<>();

    public interface Extension {
        String getValue();
    }

    public static void registerExtension(String key, Extension extension) {
        EXTENSIONS.put(key, new WeakReference<>(extension));
    }

    public static boolean unregisterExtension(String key) {
        return EXTENSIONS.remove(key) != null;
    }

    public static void getExtensions(Map<String, String> into) {
        EXTENSIONS.forEach((key, reference) -> {
            Extension extension = reference.get();
            String value = extension == null ? null : extension.getValue();
            if (value != null) {
                into.put(key, value);
            }
        });
    }
}
