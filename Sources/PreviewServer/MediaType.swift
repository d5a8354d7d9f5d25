import Foundation

/// The `Content-Type` of a file of the site, from its extension.
enum MediaType {
    static let html = "text/html; charset=utf-8"
    static let text = "text/plain; charset=utf-8"

    private static let byExtension: [String: String] = [
        "html": html, "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "json": "application/json", "csv": "text/csv; charset=utf-8", "txt": text, "xml": "application/xml",
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "ico": "image/x-icon", "woff2": "font/woff2",
    ]

    /// The media type of the file at `path`; `application/octet-stream` when the extension is unknown.
    static func of(_ path: String) -> String {
        byExtension[URL(fileURLWithPath: path).pathExtension.lowercased()] ?? "application/octet-stream"
    }

    static func isHTML(_ path: String) -> Bool {
        of(path) == html
    }
}
