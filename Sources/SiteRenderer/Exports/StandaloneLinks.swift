import Foundation

/// Makes a page self-contained: relative `href` and `src` values (left by Markdown bodies) no
/// longer point at other files of the site.
///
/// With the site's published address they become absolute links to it; without one, links
/// point to `#` and images to an empty data URL, so opening the file makes no request.
enum StandaloneLinks {
    static func rewrite(_ html: String, pagePath: String, baseURL: String?) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count)
        var rest = Substring(html)
        while let match = nextAttribute(in: rest) {
            output += rest[..<match.valueStart]
            let value = String(rest[match.valueStart..<match.valueEnd])
            output += isRelative(value) ? replacement(value, isImage: match.isImage, pagePath: pagePath, baseURL: baseURL) : value
            rest = rest[match.valueEnd...]
        }
        return output + rest
    }

    private static func nextAttribute(in text: Substring) -> (valueStart: Substring.Index, valueEnd: Substring.Index, isImage: Bool)? {
        let href = text.range(of: " href=\""), src = text.range(of: " src=\"")
        guard let found = [href, src].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }),
              let end = text[found.upperBound...].firstIndex(of: "\"") else { return nil }
        return (found.upperBound, end, found == src)
    }

    private static func isRelative(_ value: String) -> Bool {
        !(value.isEmpty || value.hasPrefix("#") || value.hasPrefix("//") || value.contains(":"))
    }

    private static func replacement(_ value: String, isImage: Bool, pagePath: String, baseURL: String?) -> String {
        guard let baseURL else { return isImage ? "data:," : "#" }
        let folder = URL(fileURLWithPath: "/" + pagePath).deletingLastPathComponent()
        let resolved = URL(fileURLWithPath: value, relativeTo: folder).standardizedFileURL.path
        return baseURL + resolved.dropFirst()
    }
}
