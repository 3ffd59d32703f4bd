/**
 * The desktop app's file-side state, kept free of JavaFX so it can be tested without a toolkit: where the
 * configuration lives, how a text is read from and written to disk, the settings that survive a restart, and the
 * recovery copy of an unsaved buffer.
 *
 * <p>Invariant: nothing here ever leaves a half-written file behind. Every write goes to a temporary file in the
 * target's own folder and is then moved over the target in one step, so a crash or a full disk leaves either the
 * old content or the new one, never a mix.
 */
package dev.rxray.workspace;
