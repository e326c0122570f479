/**
 * Floe in a Java Jupyter kernel (rapaio-jupyter-kernel, JShell-based, with IJava's {@code %jars}).
 *
 * <p>{@link dev.floe.notebook.FloeDisplayProvider} is found by the kernel's display hook (a
 * {@code ServiceLoader} service in Floe's all-in-one jar) and shows DataFrames, NdArrays, graph
 * pictures, plots and computed Tablesaw tables as HTML. {@link dev.floe.notebook.Notebook#init()}
 * makes computations draw their progress bar in the notebook. {@link dev.floe.notebook.Plot}
 * draws a table's columns or an array slice with XChart.
 *
 * <p>Depends on {@code frame}, {@code array} (and through them {@code runtime}), XChart, and the
 * kernel's API, which the kernel itself supplies at run time. Outside a kernel everything here
 * except the progress bar works as plain Java (plots save to PNG files).
 */
package dev.floe.notebook;
