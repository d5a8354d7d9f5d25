import Foundation
import Templating

/// Each journey's body, `partials/journey-body`, rendered once and shown by both the journey's
/// page and its standalone report (which makes its links stand alone, see `StandaloneLinks`),
/// instead of computing the map, the charts and the tables twice.
///
/// The body is rendered with the journey page's values (see `Page.journeyBodyValues`); what
/// only the site has is marked `site-only` and hidden in the report by the stylesheet. A body
/// is kept from its first use to its second, so only the journeys in flight are in memory.
final class JourneyBodies: @unchecked Sendable {
    static let template = "partials/journey-body"

    private let templates: TemplateSet
    private let lock = NSLock()
    private var kept: [String: String] = [:]

    init(templates: TemplateSet) {
        self.templates = templates
    }

    /// The body of the journey `slug`, rendered with `values` unless the other page made it
    /// already. Two threads that render it at once make the same text; the second to finish
    /// drops it, as the second use would.
    func html(for slug: String, values: () -> TemplateValue) -> String {
        if let html = lock.withLock({ kept.removeValue(forKey: slug) }) { return html }
        let html = templates.render(Self.template, context: values())
        lock.withLock {
            if kept.removeValue(forKey: slug) == nil { kept[slug] = html }
        }
        return html
    }
}
