import Foundation

/// Makes a page self-contained: relative `href` and `src` values (left by Markdown bodies) no
/// longer point at other files of the site.
///
/// With the site's published address they become absolute links to it; without one, links
/// point to `#` and images to an empty data URL, so opening the file makes no request.
enum StandaloneLinks {
    private static let href = Array(" href=\"".utf8), src = Array(" src=\"".utf8)

    /// One pass over the bytes: every attribute value is looked at once, and the bytes between
    /// them are copied in runs.
    static func rewrite(_ html: [UInt8], pagePath: String, baseURL: String?) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(html.count)
        html.withUnsafeBufferPointer { bytes in
            var copied = 0, index = 0
            while let space = nextSpace(in: bytes, from: index) {
                let isImage = matches(src, at: space, in: bytes)
                guard isImage || matches(href, at: space, in: bytes) else {
                    index = space + 1
                    continue
                }
                let valueStart = space + (isImage ? src.count : href.count)
                guard let valueEnd = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
                let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd]), as: UTF8.self)
                if isRelative(value) {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<valueStart]))
                    output.append(contentsOf: replacement(value, isImage: isImage, pagePath: pagePath, baseURL: baseURL).utf8)
                    copied = valueEnd
                }
                index = valueEnd
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
        return output
    }

    private static func nextSpace(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        guard index < bytes.count, let found = memchr(bytes.baseAddress! + index, 0x20, bytes.count - index) else { return nil }
        return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func matches(_ pattern: [UInt8], at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
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
