import Dispatch
import Foundation
import Templating

/// Each journey's body, `partials/journey-body`, rendered once and shown by both the journey's
/// page and its standalone report (which makes its links stand alone, see `StandaloneLinks`),
/// instead of computing the map, the charts and the tables twice.
///
/// The body is rendered with the journey page's values (see `Page.journeyBodyValues`); what
/// only the site has is marked `site-only` and hidden in the report by the stylesheet. The
/// first of the two pages to ask renders it; the second waits for it if it is not done yet
/// (the two are made a few files apart, often on two cores at once) and takes it, so a body is
/// in memory only while its pages are in flight.
final class JourneyBodies: @unchecked Sendable {
    static let template = "partials/journey-body"

    /// One journey's body, being rendered or done.
    private final class Body: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        var html = ""
    }

    private let templates: TemplateSet
    private let lock = NSLock()
    private var bodies: [String: Body] = [:]

    init(templates: TemplateSet) {
        self.templates = templates
    }

    /// The body of the journey `slug`, rendered with `values` by the first page that asks.
    func html(for slug: String, values: () -> TemplateValue) -> String {
        let (body, isFirst) = lock.withLock { () -> (Body, Bool) in
            if let body = bodies.removeValue(forKey: slug) { return (body, false) }
            let body = Body()
            bodies[slug] = body
            return (body, true)
        }
        guard isFirst else {
            body.done.wait()
            return body.html
        }
        body.html = templates.render(Self.template, context: values())
        // Signalled once for the one other page of the journey, if it is made in this build.
        body.done.signal()
        return body.html
    }
}
