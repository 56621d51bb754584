"""The building blocks of kotodesk's PDFs: pages and styles, text and fonts, Finnish
hyphenation, status icons and the chart, bookmarks and links."""
