package dev.scholia.render;

/**
 * A theme as an essay page names it, in its breadcrumb and pager, without the theme's list of
 * essays: a page that held the whole list would be stale after a title edit anywhere in its theme,
 * and a session would render every essay of that theme again to change two of them.
 *
 * @param url relative to the site root
 */
public record ThemeLink(String slug, String title, String description, String url) {}
