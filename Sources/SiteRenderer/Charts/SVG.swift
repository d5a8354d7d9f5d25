import Foundation

/// Small helpers for writing SVG by hand, deterministically.
enum SVG {
    /// A coordinate with one decimal, so the same input always gives the same bytes.
    static func number(_ value: Double) -> String {
        let text = String(format: "%.1f", value)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// The opening `<svg>` tag of an accessible image, with its `<title>` and `<desc>`.
    static func open(id: String, width: Double, height: Double, className: String, title: String, description: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" class="\(className)" viewBox="0 0 \(number(width)) \(number(height))" \
        role="img" aria-labelledby="\(id)-title \(id)-desc"><title id="\(id)-title">\(HTML.escape(title))</title>\
        <desc id="\(id)-desc">\(HTML.escape(description))</desc>
        """
    }
}
