/**
 * The Variance tab: a type picker, the chosen type's variance table (hovering a cell shows its reason below the
 * table), its auto-trait, drop-check and E0392 badges, the graph of the file's types, the PhantomData chooser and
 * the subtyping playground, and the export of the table or the graph (the dialog asks; {@code exportTo} writes).
 *
 * <p>Invariant: everything shown is built by {@link dev.rxray.diagram.variance} from the pipeline result; this
 * package only lays it out, keeps the chosen type across re-analyses, and never blocks the FX thread on layout.
 */
package dev.rxray.ui.variance;
