import JourneyModel
/// `sitemap.xml`, written when `site.yml` gives the address the site is published at.
enum Sitemap {
    static let path = "sitemap.xml"

    /// The sitemap listing `pages` (paths relative to the site root) under `baseURL`.
    static func xml(baseURL: String, pages: [String]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() {
            let path = page == SitePaths.index ? "" : page.hasSuffix("/index.html") ? String(page.dropLast("index.html".count)) : page
            xml += "  <url><loc>\(HTMLText.escape(baseURL + Slug.url(of: path)))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
