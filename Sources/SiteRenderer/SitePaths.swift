import JourneyModel

/// Where each page lives in the output folder, and how pages link to each other.
///
/// The layout mirrors the content folder (`journeys/<slug>/<stage>.html` next to
/// `journeys/<slug>/NN-<stage>.md`), so relative links and images written in the notes
/// keep working. Every link is relative, so the site works from disk and under any sub-path.
public enum SitePaths {
    public static let index = "index.html"
    /// Where the template set's own assets (stylesheet, icons) are copied.
    public static let theme = "theme"
    /// Where the content folder's `assets/` is copied.
    public static let assets = "assets"

    public static let painPoints = "pain-points.html"
    public static let opportunities = "opportunities.html"
    public static let touchpoints = "touchpoints.html"
    public static let notFound = "404.html"
    public static let solutions = "solutions.html"
    /// What changed since the revision `build --compare-with` names.
    public static let changes = "changes.html"

    public static func journey(_ slug: String) -> String { "journeys/\(slug)/index.html" }
    /// The journey as one self-contained HTML file, to attach to an e-mail.
    public static func report(_ slug: String) -> String { "journeys/\(slug)/report.html" }
    public static func poster(_ slug: String) -> String { "journeys/\(slug)/poster.html" }
    /// The journey's whole map as one SVG drawing, to print or put on a slide.
    public static func posterSVG(_ slug: String) -> String { "journeys/\(slug)/poster.svg" }
    public static func tag(_ slug: String) -> String { "tags/\(slug).html" }
    public static func stage(_ stage: String, of journey: String) -> String { "journeys/\(journey)/\(stage).html" }
    public static func persona(_ slug: String) -> String { "personas/\(slug).html" }
    public static func solution(_ slug: String) -> String { "solutions/\(slug).html" }

    /// Whether the file at `path` is a page of the site (not the theme's or the content's assets).
    public static func isPage(_ path: String) -> Bool {
        path.hasSuffix(".html") && !path.hasPrefix(assets + "/") && !path.hasPrefix(theme + "/")
    }

    /// The journey whose own folder holds `path` (its page, report, stages and charts), if any.
    public static func journeyFolder(of path: String) -> String? {
        let parts = path.split(separator: "/", maxSplits: 2)
        return parts.count == 3 && parts[0] == "journeys" ? String(parts[1]) : nil
    }

    /// The prefix that leads from a page back to the site root: `""`, `"../"`, `"../../"`…
    public static func root(of path: String) -> String {
        String(repeating: "../", count: path.utf8.filter { $0 == UInt8(ascii: "/") }.count)
    }
}
