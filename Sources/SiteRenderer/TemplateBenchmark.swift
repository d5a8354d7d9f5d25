import Dispatch
import JourneyAnalysis
import Templating

/// Pages per second of one page template, for `journeymap-bench-templates` (scripts/bench.sh).
///
/// The value trees of every page of the template are made first, untimed, exactly as
/// `SiteRenderer.render` makes them (one shared `SiteHeaders`, so each site header is rendered
/// once, here); only the render calls are timed, on the calling thread. A journey's page, and
/// its report, is its body (`partials/journey-body`, which the two share) and the page around
/// it: both are rendered for each page, as a build renders them once per journey.
public struct TemplateBenchmark: Sendable {
    /// What one timed run rendered, and in how long.
    public struct Result: Sendable {
        public var pages = 0
        /// UTF-8 bytes of the pages rendered.
        public var bytes = 0
        public var seconds = 0.0

        public var pagesPerSecond: Double { seconds > 0 ? Double(pages) / seconds : 0 }
        public var bytesPerSecond: Double { seconds > 0 ? Double(bytes) / seconds : 0 }
    }

    /// The page template measured: `stage`, `journey`, or another of `TemplateSet.pageTemplates`.
    public let template: String
    private let templates: TemplateSet
    /// For each page, the templates rendered to make it and their values.
    private let values: [[(template: String, context: TemplateValue)]]

    /// The number of pages of the site that use the template.
    public var pages: Int { values.count }

    /// Makes the value trees of every page of `analysis` whose template is `template`.
    public init(_ analysis: SiteAnalysis, templates: TemplateSet, template: String) {
        let headers = SiteHeaders(templates: templates)
        let bodies = JourneyBodies(templates: templates)
        let inlineStyle = templates.inlineStyle
        self.template = template
        self.templates = templates
        values = Page.all(in: analysis).filter { $0.template == template }.map { page in
            let values = page.values(in: analysis, words: templates.words, headers: headers, bodies: bodies, inlineStyle: inlineStyle)
            switch page {
            case .journey(let slug), .report(let slug):
                return [(JourneyBodies.template, Page.journeyBodyValues(slug, in: analysis, words: templates.words)), (template, values)]
            default:
                return [(template, values)]
            }
        }
    }

    /// Renders every page once, untimed, then the pages in turn, over and over, for at least
    /// `seconds`; the clock is read after each page. Empty when the template has no page.
    public func run(seconds: Double) -> Result {
        var result = Result()
        guard !values.isEmpty else { return result }
        for page in values { for part in page { _ = templates.render(part.template, context: part.context) } }
        let start = DispatchTime.now().uptimeNanoseconds
        let limit = UInt64(seconds * 1e9)
        var elapsed: UInt64 = 0
        timing: while true {
            for page in values {
                // The page is the last part; a journey's body is in it already.
                result.bytes += page.map { templates.render($0.template, context: $0.context).count }.last ?? 0
                result.pages += 1
                elapsed = DispatchTime.now().uptimeNanoseconds - start
                if elapsed >= limit { break timing }
            }
        }
        result.seconds = Double(elapsed) / 1e9
        return result
    }
}
