package org.guidekit.render.pdf;

import java.util.concurrent.Callable;

/**
 * Runs PDF writing on a thread with a large stack. PDFBox walks linked objects (outline items, structure elements)
 * recursively when it saves, so its stack depth grows with the number of sections; a guide within the reader's
 * limits then never overflows, whatever the caller's thread stack. The stack is reserved address space, not
 * memory in use.
 */
final class DeepStack {
    /** Room for well over 100,000 linked PDF objects. */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private DeepStack() {
    }

    static <T> T call(Callable<T> work) throws Exception {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = work.call();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, Thread.currentThread().getName() + "-pdf", STACK_BYTES);
        t.start();
        t.join();
        if (failure[0] instanceof Exception e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
