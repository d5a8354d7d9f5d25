import JourneyModel
import Foundation

/// Small helpers for writing SVG by hand, deterministically.
enum SVG {
    /// A coordinate with one decimal, so the same input always gives the same bytes.
    static func number(_ value: Double) -> String {
        FixedPoint.compact(value, digits: 1)
    }

    /// The opening `<svg>` tag of an accessible image, with its `<title>` and `<desc>`. Its
    /// width in CSS pixels is `--natural-width`, for print, where charts are not stretched.
    ///
    /// Inline in a page (`style` nil) the image is named with `role="img"` and `aria-labelledby`.
    /// A standalone file (`style` given, and embedded) is SVG 1.1, which has no ARIA: there the
    /// first `<title>` and `<desc>` name the image by themselves.
    /// `attributes` are more of the root's, each with a space before it.
    static func open(id: String, width: Double, height: Double, className: String, title: String, description: String,
                     style: String? = nil, attributes: String = "") -> String {
        let naming = (style == nil ? " role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\"" : "") + attributes
        return """
            <svg xmlns="http://www.w3.org/2000/svg" class="\(className)" viewBox="0 0 \(number(width)) \(number(height))" style="--natural-width: \(number(width))px"\
            \(naming)><title id="\(id)-title">\(HTMLText.escape(title))</title><desc id="\(id)-desc">\(HTMLText.escape(description))</desc>
            """ + (style.map { "<style>\($0)</style>" } ?? "")
    }

    /// The attribute that gives an element's language: `lang` in HTML, `xml:lang` in a standalone file.
    static func language(_ code: String?, standalone: Bool) -> String {
        code.map { " \(standalone ? "xml:lang" : "lang")=\"\($0)\"" } ?? ""
    }
}
