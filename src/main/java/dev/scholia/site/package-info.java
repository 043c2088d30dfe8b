/**
 * Stage 7, the site: the whole build pipeline in {@link dev.scholia.site.ArchiveCompiler} (read,
 * segment, parse, check, load templates) and {@link dev.scholia.site.SiteWriter} (render every
 * page into a temporary folder, then swap it in, so a failed build never damages the last good
 * site), plus {@code source-map.json} and the static assets.
 */
package dev.scholia.site;
