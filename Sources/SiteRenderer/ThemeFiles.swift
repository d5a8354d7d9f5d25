import BuiltinTheme
import Foundation
import JourneyModel

/// The files a site is rendered with: its own templates folder, when it has one, over the
/// built-in theme, file by file.
///
/// A site that overrides only `partials/header.mustache` gets its own header and the built-in
/// rest, as with Hugo's and Jekyll's theme overrides.
public struct ThemeFiles: Sendable {
    /// Where one file of the theme comes from.
    public enum Source: Sendable, Equatable {
        /// The built-in theme's bytes.
        case builtin([UInt8])
        /// A file of the site's own templates folder.
        case folder(URL)
    }

    /// Every file of the theme, by its path (`journey.mustache`, `assets/style.css`).
    public let files: [String: Source]
    /// The site's own templates folder, as given and as the user named it; nil when the site has none.
    public let folder: (url: URL, display: String)?

    /// How messages name the built-in theme's files.
    public static let builtinDisplay = "<built-in>"

    /// The built-in theme alone.
    public static let builtin = ThemeFiles(folder: nil)

    /// The files of `folder` (named `display` in messages) over the built-in theme; the built-in
    /// theme alone without a folder.
    public init(folder: URL?, display: String = "Templates") {
        var files = BuiltinTheme.files.mapValues(Source.builtin)
        if let folder {
            for path in FileTree.regularFiles(under: folder) {
                files[path] = .folder(folder.appendingPathComponent(path))
            }
        }
        self.files = files
        self.folder = folder.map { ($0, display) }
    }

    /// The paths of every file, sorted.
    public var paths: [String] { files.keys.sorted() }

    /// The bytes of the file at `path`; nil when there is none or it cannot be read.
    public func bytes(_ path: String) -> [UInt8]? {
        switch files[path] {
        case .builtin(let bytes): bytes
        case .folder(let url): try? [UInt8](Data(contentsOf: url))
        case nil: nil
        }
    }

    /// How messages name the file at `path`: in the site's folder, or in the built-in theme.
    public func display(_ path: String) -> String {
        if case .folder = files[path], let folder {
            return folder.display.isEmpty ? path : (folder.display.hasSuffix("/") ? folder.display : folder.display + "/") + path
        }
        return "\(Self.builtinDisplay)/\(path)"
    }

    /// The files under `assets/`, as files of the output folder under `folder`, sorted.
    func assets(copiedTo folder: String) -> [OutputFile] {
        paths.filter { $0.hasPrefix("assets/") }.map { path in
            let target = "\(folder)/\(path.dropFirst("assets/".count))"
            if case .folder(let url) = files[path] { return OutputFile(path: target, contents: .copy(url)) }
            return OutputFile(path: target, contents: .bytes(bytes(path) ?? []))
        }
    }
}
