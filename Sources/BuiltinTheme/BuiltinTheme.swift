import Foundation

/// The default theme, compiled into the executable from `Templates/` by the GenerateSources build
/// plugin: every template, partial, stylesheet, script and icon, by its path there.
public enum BuiltinTheme {
    /// Every file of the theme, by its path under `Templates/` (`journey.mustache`, `assets/style.css`).
    public static let files: [String: [UInt8]] = Dictionary(uniqueKeysWithValues: encodedFiles.map { file in
        guard let data = Data(base64Encoded: file.base64) else { preconditionFailure("the embedded \(file.path) is not base64") }
        return (file.path, [UInt8](data))
    })

    /// The paths of `files`, sorted.
    public static let paths: [String] = encodedFiles.map(\.path)
}
