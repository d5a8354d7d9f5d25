import Templating

/// Compiles `templates` (name → text) and renders `name`, as a string.
func render(_ templates: [String: String], _ name: String, _ context: TemplateValue) throws -> String {
    let library = try TemplateLibrary(sources: templates.sorted { $0.key < $1.key }.map {
        TemplateSource(name: $0.key, text: $0.value)
    })
    return String(decoding: library.render(name, context), as: UTF8.self)
}

/// Renders a single template.
func render(_ template: String, _ context: TemplateValue) throws -> String {
    try render(["page": template], "page", context)
}

/// The errors loading `templates` throws, or none.
func loadErrors(_ templates: [(name: String, text: String)]) -> [TemplateError] {
    do {
        _ = try TemplateLibrary(sources: templates.map {
            TemplateSource(name: $0.name, text: $0.text, displayPath: "Templates/\($0.name).mustache")
        })
        return []
    } catch {
        return error.errors
    }
}
