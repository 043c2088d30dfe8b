package dev.scholia.render;

import dev.scholia.fidelity.Provenance;
import dev.scholia.link.Links;
import dev.scholia.markdown.ParsedEssay;
import dev.scholia.model.Content;
import dev.scholia.model.Diagnostic;
import dev.scholia.model.Discussion;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a build knows once the input has been read and checked, before anything is written.
 *
 * @param root the archive root
 * @param content the editors' files
 * @param discussions the source threads
 * @param essays the essays, parsed, in slug order
 * @param provenance where every thread line went
 * @param links footnotes, cross-links, glossary mentions and the links between essays
 * @param templates the compiled page templates
 * @param warnings problems that did not stop the build
 */
public record Archive(
    Path root,
    Content content,
    List<Discussion> discussions,
    List<ParsedEssay> essays,
    Provenance provenance,
    Links links,
    Templates templates,
    List<Diagnostic> warnings) {}
