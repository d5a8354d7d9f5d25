import Foundation
@testable import SiteRenderer

/// The labels an SVG draws, read back from its own `<text>` elements (x, y, text-anchor, a class
/// that names its `LabelStyle`, a quarter turn, `<tspan>` lines, the `translate` of the groups
/// around them) and measured with the estimate the charts place them with.
struct SVGLabels {
    /// A line of text, with the element it belongs to.
    struct Line {
        var element: Int
        var label: ChartLabel
    }

    let lines: [Line]
    /// The chart's area, from its `viewBox`.
    let area: ChartRect
    /// What could not be read: a text without a known class, a line without coordinates.
    let problems: [String]

    init(_ svg: String) {
        var lines: [Line] = [], problems: [String] = []
        let box = Self.attribute("viewBox", in: Self.openingTag(of: "svg", in: svg) ?? "")?.split(separator: " ").compactMap { Double($0) } ?? []
        area = box.count == 4 ? ChartRect(left: box[0], top: box[1], right: box[0] + box[2], bottom: box[1] + box[3])
            : ChartRect(left: 0, top: 0, right: 0, bottom: 0)
        let moves = Self.translations(svg)
        for (element, text) in Self.elements("text", in: svg).enumerated() {
            let move = moves[element]
            let tag = String(text[..<(text.firstIndex(of: ">") ?? text.endIndex)])
            guard let style = Self.attribute("class", in: tag).flatMap(LabelStyle.init(rawValue:)) else {
                problems.append("no label class: \(text)")
                continue
            }
            let anchor = Self.attribute("text-anchor", in: tag).flatMap(TextAnchor.init(rawValue:)) ?? .start
            let isVertical = Self.attribute("transform", in: tag)?.hasPrefix("rotate(-90 ") == true
            let body = Self.elements("title", in: text).reduce(text) { $0.replacingOccurrences(of: $1, with: "") }
            let spans = Self.elements("tspan", in: body)
            for span in spans.isEmpty ? [body] : spans {
                let spanTag = String(span[..<(span.firstIndex(of: ">") ?? span.endIndex)])
                guard let x = (Self.attribute("x", in: spanTag) ?? Self.attribute("x", in: tag)).flatMap(Double.init),
                      let y = (Self.attribute("y", in: spanTag) ?? Self.attribute("y", in: tag)).flatMap(Double.init) else {
                    problems.append("no position: \(text)")
                    continue
                }
                let content = Self.unescaped(Self.withoutTags(span))
                let label = ChartLabel(content, style: style, at: LabelSpot(x: x + move.x, y: y + move.y, anchor: anchor),
                                       isVertical: isVertical)
                lines.append(Line(element: element, label: label))
            }
        }
        self.lines = lines
        self.problems = problems
    }

    /// Every two lines of different texts whose boxes overlap, and every line that leaves the chart.
    var collisions: [String] {
        var found: [String] = []
        for (index, line) in lines.enumerated() {
            if !area.contains(line.label.box) { found.append("'\(line.label.text)' leaves the chart") }
            for other in lines[(index + 1)...] where other.element != line.element && line.label.box.overlaps(other.label.box) {
                found.append("'\(line.label.text)' overlaps '\(other.label.text)'")
            }
        }
        return found
    }

    /// For each `<text>` in order, how far the `translate(x y)` of the groups it is in move it.
    private static func translations(_ svg: String) -> [(x: Double, y: Double)] {
        let bytes = Array(svg.utf8)
        var found: [(x: Double, y: Double)] = [], open: [(x: Double, y: Double)] = [(0, 0)], index = 0
        while let start = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1
            let tag = String(decoding: bytes[start...end], as: UTF8.self)
            if tag.hasPrefix("<g ") || tag == "<g>", !tag.hasSuffix("/>") {
                let numbers = attribute("transform", in: tag).flatMap { transform in
                    transform.hasPrefix("translate(") ? transform.dropFirst(10).dropLast().split(separator: " ").compactMap { Double($0) } : nil
                } ?? []
                let (x, y) = numbers.count == 2 ? (numbers[0], numbers[1]) : (0, 0)
                open.append((open[open.count - 1].x + x, open[open.count - 1].y + y))
            } else if tag == "</g>", open.count > 1 {
                open.removeLast()
            } else if tag.hasPrefix("<text ") || tag == "<text>" {
                found.append(open[open.count - 1])
            }
            index = end + 1
        }
        return found
    }

    /// The `<name …>…</name>` elements, from their opening tag to their closing one.
    private static func elements(_ name: String, in text: String) -> [String] {
        let bytes = Array(text.utf8), open = Array("<\(name)".utf8), close = Array("</\(name)>".utf8)
        var found: [String] = [], index = 0
        while let start = find(open, in: bytes, from: index) {
            let next = start + open.count
            guard next < bytes.count, bytes[next] == UInt8(ascii: " ") || bytes[next] == UInt8(ascii: ">") else {
                index = next
                continue
            }
            guard let end = find(close, in: bytes, from: next) else { break }
            found.append(String(decoding: bytes[start..<(end + close.count)], as: UTF8.self))
            index = end + close.count
        }
        return found
    }

    /// Where `pattern` first occurs in `bytes` from `start`.
    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    /// The text between the tags.
    private static func withoutTags(_ text: String) -> String {
        var result = "", inTag = false
        for character in text {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { result.append(character) }
        }
        return result
    }

    private static func openingTag(of name: String, in text: String) -> String? {
        guard let start = text.range(of: "<\(name) "), let end = text[start.upperBound...].firstIndex(of: ">") else { return nil }
        return String(text[start.lowerBound..<end])
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        guard let start = tag.range(of: " \(name)=\""), let end = tag[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(tag[start.upperBound..<end])
    }

    private static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
