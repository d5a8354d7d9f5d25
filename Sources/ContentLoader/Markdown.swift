import CMark
import Foundation

/// Renders CommonMark to HTML with libcmark.
///
/// Smart punctuation is on. Raw HTML and dangerous link schemes (`javascript:`, `vbscript:`,
/// `file:`, non-image `data:`) are left out unless the site allows raw HTML.
public struct MarkdownRenderer: Sendable {
    public var allowRawHTML: Bool

    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }

    /// The version of libcmark in use: another one may render the same Markdown otherwise.
    public static let libraryVersion = String(cString: cmark_version_string())

    /// The HTML for a Markdown text.
    public func html(_ markdown: String) -> String {
        var options = CMARK_OPT_SMART
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        var markdown = markdown
        return markdown.withUTF8 { buffer in
            guard let base = buffer.baseAddress,
                  let rendered = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, {
                      cmark_markdown_to_html($0, buffer.count, options)
                  })
            else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }
}
