import Dispatch
import Foundation
import Templating

/// Each journey's body, `partials/journey-body`, rendered once and shown by both the journey's
/// page and its standalone report (which makes its links stand alone, see `StandaloneLinks`),
/// instead of computing the map, the charts and the tables twice; and the values of its
/// stages, made for the map and given as they are to the stages' own pages.
///
/// The body is rendered with the journey page's values (see `Page.journeyBodyValues`); what
/// only the site has is marked `site-only` and hidden in the report by the stylesheet. A stage
/// page is in the journey page's folder and language, so a stage's values, links included, are
/// the same on both. The first of a journey's pages to ask makes the body; the others wait for
/// it if it is not done yet (they are made a few files apart, often on two cores at once) and
/// take it, and the last one lets it go, so a body is in memory only while its pages are in flight.
final class JourneyBodies: @unchecked Sendable {
    static let template = "partials/journey-body"

    /// The comment that ends the journey's header and map in its body: a poster shows what comes before.
    static let mapEnd = "<!-- journeymap: end of the map; a poster shows what comes before -->"

    /// What a journey's pages share.
    struct Parts {
        let html: String
        /// Where the map ends in `html` (its end in a theme without the marker).
        private let mapEnd: String.Index
        /// The values of each stage, as in the map's `stages`.
        let stages: [TemplateValue]

        init(html: String, stages: [TemplateValue]) {
            var html = html
            let offset = html.withUTF8 { JourneyBodies.offset(of: JourneyBodies.markerBytes, in: $0) }
            self.mapEnd = offset.map { html.utf8.index(html.utf8.startIndex, offsetBy: $0) } ?? html.endIndex
            self.html = html
            self.stages = stages
        }

        /// The body up to the end of the map, for the poster.
        var map: Substring { html[..<mapEnd] }
    }

    private static let markerBytes = Array(mapEnd.utf8)

    /// Where `pattern` first starts in `bytes`: a `memchr` for its first byte, then a compare.
    private static func offset(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let first = pattern.first else { return nil }
        var index = 0
        while index + pattern.count <= bytes.count, let found = memchr(base + index, Int32(first), bytes.count - index) {
            index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            guard index + pattern.count <= bytes.count else { return nil }
            if memcmp(base + index, pattern, pattern.count) == 0 { return index }
            index += 1
        }
        return nil
    }

    /// One journey's parts, being made or done.
    private final class Shared: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        /// Set, under the lock, once made.
        var parts: Parts?
        /// The pages that have not asked yet.
        var waiting: Int

        init(pages: Int) {
            waiting = pages
        }
    }

    private let templates: TemplateSet
    private let lock = NSLock()
    private var shared: [String: Shared] = [:]

    init(templates: TemplateSet) {
        self.templates = templates
    }

    /// The parts of the journey `slug`, made from the body's `values` by the first of its
    /// `pages` (its page, its report and its stages' pages) to ask. A page that can do without
    /// (`wait: false`, a stage page, which can make its own stage's values) gets nil instead of
    /// waiting while another page makes them, so a core never idles while the other works.
    func parts(for slug: String, pages: Int, wait: Bool = true, values: () -> TemplateValue) -> Parts? {
        let (entry, ready, isFirst) = lock.withLock { () -> (Shared, Parts?, Bool) in
            let entry = shared[slug] ?? Shared(pages: pages)
            let isFirst = shared[slug] == nil
            entry.waiting -= 1
            shared[slug] = entry.waiting > 0 ? entry : nil
            return (entry, entry.parts, isFirst)
        }
        if let ready { return ready }
        guard isFirst else {
            guard wait else { return nil }
            entry.done.wait()
            // Passed on to the next page that waits, if any.
            entry.done.signal()
            return lock.withLock { entry.parts }
        }
        let values = values()
        let parts = Parts(html: templates.renderText(Self.template, context: values), stages: Self.stages(in: values))
        lock.withLock { entry.parts = parts }
        entry.done.signal()
        return parts
    }

    private static func stages(in values: TemplateValue) -> [TemplateValue] {
        guard case .object(let object) = values, case .list(let stages) = object["stages"] else { return [] }
        return stages
    }
}
