import Foundation

/// Makes a page self-contained: relative `href` and `src` values (left by Markdown bodies) no
/// longer point at other files of the site.
///
/// With the site's published address they become absolute links to it; without one, links
/// point to `#` and images to an empty data URL, so opening the file makes no request.
enum StandaloneLinks {
    private static let href = Array(" href=\"".utf8), src = Array(" src=\"".utf8)

    /// One pass over the bytes: every attribute value is looked at once.
    static func rewrite(_ html: String, pagePath: String, baseURL: String?) -> String {
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let isImage = matches(src, at: index, in: bytes)
            guard isImage || matches(href, at: index, in: bytes) else {
                output.append(bytes[index])
                index += 1
                continue
            }
            let valueStart = index + (isImage ? src.count : href.count)
            guard let valueEnd = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            output += bytes[index..<valueStart]
            let value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
            let replaced = isRelative(value) ? replacement(value, isImage: isImage, pagePath: pagePath, baseURL: baseURL) : value
            output += Array(replaced.utf8)
            index = valueEnd
        }
        if index < bytes.count { output += bytes[index...] }
        return String(decoding: output, as: UTF8.self)
    }

    private static func matches(_ pattern: [UInt8], at index: Int, in bytes: [UInt8]) -> Bool {
        guard bytes[index] == pattern[0], index + pattern.count <= bytes.count else { return false }
        return bytes[index..<(index + pattern.count)].elementsEqual(pattern)
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
