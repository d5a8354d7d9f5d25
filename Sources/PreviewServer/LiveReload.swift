/// Live reload: the script added to every HTML page as it is served (never to the files
/// written), and the events it listens to.
enum LiveReload {
    /// Where pages listen for builds, as server-sent events.
    static let eventsPath = "/__journeymap/events"
    /// The name of the event sent after every build, its data the build's generation.
    static let eventName = "reload"

    /// `html` with the script inserted before its last `</body>`, or at its end when it has none.
    static func inject(into html: String, generation: Int) -> String {
        var page = html
        let end = html.range(of: "</body>", options: [.caseInsensitive, .backwards])?.lowerBound ?? page.endIndex
        page.insert(contentsOf: script(generation: generation), at: end)
        return page
    }

    /// Reloads the page once a build other than the one it was served at has finished. The
    /// stream states the current generation when it opens, so a build that ends while the page
    /// loads is not missed.
    static func script(generation: Int) -> String {
        "<script>new EventSource(\"\(eventsPath)\").addEventListener(\"\(eventName)\", "
            + "e => { if (e.data !== \"\(generation)\") location.reload() })</script>"
    }

    /// One server-sent event: a build has finished.
    static func event(generation: Int) -> String {
        "event: \(eventName)\ndata: \(generation)\n\n"
    }
}
