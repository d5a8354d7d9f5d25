import JourneyModel
import SiteBuilder

/// The page every HTML request gets while the latest build failed: each error with its
/// `file:line:column`, message and hint, then the warnings folded away, and the live-reload
/// script, so that the page turns back into the site by itself once the files are fixed.
enum BuildErrorPage {
    static func html(for report: BuildReport, generation: Int) -> String {
        html(diagnostics: report.diagnostics, failure: report.failure, generation: generation)
    }

    /// The page for these diagnostics and, when the build could not run, why.
    static func html(diagnostics: [Diagnostic], failure: String?, generation: Int) -> String {
        let failure = failure.map { "<pre>\(HTMLText.escape($0))</pre>\n" } ?? ""
        let errors = diagnostics.filter { $0.severity == .error }, warnings = diagnostics.filter { $0.severity == .warning }
        let folded = warnings.isEmpty ? "" : """
            <details>
            <summary>\(warnings.count) \(warnings.count == 1 ? "warning" : "warnings")</summary>
            <ol>
            \(warnings.map(item).joined(separator: "\n"))
            </ol>
            </details>

            """
        let page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Build failed · journeymap</title>
            <style>\(style)</style>
            </head>
            <body>
            <main>
            <h1>Build failed</h1>
            <p>The site on disk is the last one that built. Fix the files below: this page reloads by itself.</p>
            \(failure)<ol>
            \(errors.map(item).joined(separator: "\n"))
            </ol>
            \(folded)</main>
            </body>
            </html>

            """
        return LiveReload.inject(into: page, generation: generation)
    }

    private static func item(_ diagnostic: Diagnostic) -> String {
        let severity = diagnostic.severity.rawValue
        let hint = diagnostic.hint.map { "<br><span class=\"hint\">hint: \(HTMLText.escape($0))</span>" } ?? ""
        return "<li class=\"\(severity)\"><code>\(HTMLText.escape(diagnostic.location.description))</code> "
            + "<strong>\(severity)</strong>: \(HTMLText.escape(diagnostic.message))\(hint)</li>"
    }

    private static let style = """
        body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; \
        color: #1d1d1f; background: #fff; } \
        li { margin: 0.75rem 0; } summary { cursor: pointer; font-weight: 600; margin-top: 1.5rem; } code, pre { font: 0.95em ui-monospace, monospace; overflow-wrap: anywhere; } \
        .error strong { color: #b3261e; } .warning strong { color: #8a5300; } .hint { color: #555; } \
        @media (prefers-color-scheme: dark) { body { color: #eee; background: #1d1d1f; } .hint { color: #aaa; } \
        .error strong { color: #ff8a80; } .warning strong { color: #ffcc80; } }
        """
}
