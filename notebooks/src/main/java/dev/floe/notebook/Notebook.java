package dev.floe.notebook;

import dev.floe.runtime.display.HtmlDisplayable;
import dev.floe.runtime.event.ProgressMode;
import dev.floe.runtime.schedule.Scheduler;
import dev.floe.runtime.schedule.Schedulers;

/**
 * Sets Floe up for a notebook: the first cell after {@code %jars} calls {@link #init()}.
 *
 * <pre>{@code
 * %jars ../cli/target/floe.jar
 * dev.floe.notebook.Notebook.init()
 * }</pre>
 */
public final class Notebook {
  private static final String KERNEL_DISPLAY = "org.rapaio.jupyter.kernel.global.Global";
  private static final String IJAVA = "io.github.spencerpark.ijava.IJava";

  private Notebook() {}

  /**
   * Makes every computation from now on draw its progress bar in the notebook cell that runs it
   * (when it takes longer than {@value NotebookProgress#SHOW_AFTER_MS} ms), and returns a short
   * summary of the engine to show. Outside a Java kernel the bar stays on stderr, as in a
   * terminal. Calling it again changes nothing.
   */
  public static HtmlDisplayable init() {
    boolean inKernel = inKernel();
    if (inKernel) {
      System.setProperty(ProgressMode.PROPERTY, "on");
      Schedulers.setProgressDisplay(() -> NotebookProgress.bar(new KernelDisplay()));
    }
    boolean inIJava = registerWithIJava();
    Scheduler current = Schedulers.defaultScheduler();
    String scheduler = current.name() + " scheduler, " + current.parallelism() + " threads";
    String where = inKernel ? "progress bars draw in the notebook"
        : inIJava ? "in IJava: Floe's objects render as HTML, progress bars on stderr"
        : "not in a Java kernel";
    return new HtmlDisplayable() {
      @Override
      public String toHtml() {
        return "<p><strong>Floe</strong> ready: " + scheduler + "; Java "
            + Runtime.version() + "; " + where + ".</p>";
      }

      @Override
      public String toString() {
        return "Floe ready: " + scheduler + "; Java " + Runtime.version() + "; " + where;
      }
    };
  }

  /** In IJava, registers Floe's renderers with its kernel; whether it did. */
  private static boolean registerWithIJava() {
    try {
      Class<?> ijava = Class.forName(IJAVA, true, Notebook.class.getClassLoader());
      Object kernel = ijava.getMethod("getKernelInstance").invoke(null);
      if (kernel == null) {
        return false;
      }
      Object renderer = kernel.getClass().getMethod("getRenderer").invoke(kernel);
      IJavaDisplay.register((io.github.spencerpark.jupyter.kernel.display.Renderer) renderer);
      return true;
    } catch (ReflectiveOperationException | LinkageError e) {
      return false; // not IJava
    }
  }

  private static boolean inKernel() {
    try {
      Class.forName(KERNEL_DISPLAY, false, Notebook.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
