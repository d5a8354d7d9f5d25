/// Renders compiled nodes against a context stack into a byte buffer.
///
/// Lookups follow the spec: the first key of a name is searched from the top of the stack
/// down, the rest inside the value found. Blocks are resolved against a stack of the overrides
/// of the parents being expanded, outermost first.
struct Renderer {
    let templates: [CompiledTemplate]
    let names: [String: Int]
    /// The library's text arena, which text nodes point into.
    let text: UnsafeBufferPointer<UInt8>
    private var stack: [TemplateValue]
    /// The overrides of the parent tags being expanded, outermost first.
    private var frames: [Overrides] = []
    /// The indentation of the standalone partials, parents and blocks being expanded.
    private var indent: [UInt8] = []

    init(templates: [CompiledTemplate], names: [String: Int], text: UnsafeBufferPointer<UInt8>, context: TemplateValue) {
        self.templates = templates
        self.names = names
        self.text = text
        stack = [context]
        stack.reserveCapacity(16)
    }

    mutating func render(_ nodes: [Node], into out: inout [UInt8]) {
        for node in nodes {
            switch node {
            case .lineStart:
                if !indent.isEmpty { out.append(contentsOf: indent) }
            case .text(let range):
                let bytes = UnsafeBufferPointer(rebasing: text[Int(range.start)..<Int(range.start + range.count)])
                if indent.isEmpty || !range.hasNewline {
                    out.append(contentsOf: bytes)
                } else {
                    writeIndented(bytes, into: &out)
                }
            case .variable(let expression, let escaped):
                write(evaluate(expression), escaped: escaped, into: &out)
            case .section(let expression, let children):
                let value = evaluate(expression)
                if case .list(let items) = value {
                    for item in items {
                        stack.append(item)
                        render(children, into: &out)
                        stack.removeLast()
                    }
                } else if value.isTruthy {
                    stack.append(value)
                    render(children, into: &out)
                    stack.removeLast()
                }
            case .inverted(let expression, let children):
                if !evaluate(expression).isTruthy {
                    render(children, into: &out)
                }
            case .partial(let index, let indentation):
                expand(templates[index].nodes, indentation, into: &out)
            case .dynamicPartial(let path, let indentation):
                if let index = template(named: path) {
                    expand(templates[index].nodes, indentation, into: &out)
                }
            case .parent(let index, let overrides, let indentation):
                frames.append(overrides)
                expand(templates[index].nodes, indentation, into: &out)
                frames.removeLast()
            case .dynamicParent(let path, let overrides, let indentation):
                if let index = template(named: path) {
                    frames.append(overrides)
                    expand(templates[index].nodes, indentation, into: &out)
                    frames.removeLast()
                }
            case .block(let name, let defaults, let indentation):
                renderBlock(name, defaults, indentation, into: &out)
            }
        }
    }

    // MARK: Values

    private func evaluate(_ expression: Expression) -> TemplateValue {
        switch expression {
        case .path(let path): resolve(path)
        case .call(let function, let path): function.apply(resolve(path))
        }
    }

    private func resolve(_ path: Path) -> TemplateValue {
        switch path {
        case .current:
            return stack[stack.count - 1]
        case .key(let key):
            return lookup(key) ?? .null
        case .keys(let keys):
            guard var value = lookup(keys[0]) else { return .null }
            for key in keys.dropFirst() {
                guard case .object(let object) = value, let child = object[key] else { return .null }
                value = child
            }
            return value
        }
    }

    /// The value of the first object down the stack that has `key`.
    @inline(__always)
    private func lookup(_ key: HashedKey) -> TemplateValue? {
        var index = stack.count
        while index > 0 {
            index -= 1
            if case .object(let object) = stack[index], let value = object[key] {
                return value
            }
        }
        return nil
    }

    private func template(named path: Path) -> Int? {
        guard case .string(let name) = resolve(path) else { return nil }
        return names[name]
    }

    private func write(_ value: TemplateValue, escaped: Bool, into out: inout [UInt8]) {
        switch value {
        case .string(let text):
            if escaped { Output.appendEscaped(text, to: &out) } else { Output.appendRaw(text, to: &out) }
        case .html(let text):
            Output.appendRaw(text, to: &out)
        case .number(let number):
            Output.appendNumber(number, to: &out)
        case .bool(let flag):
            Output.appendRaw(flag ? "true" : "false", to: &out)
        case .list, .object, .null:
            break
        }
    }

    // MARK: Expansions and indentation

    /// Renders a partial or parent: a standalone one with its lines indented, an inline one as is.
    private mutating func expand(_ nodes: [Node], _ indentation: Indentation, into out: inout [UInt8]) {
        let saved = indent
        switch indentation {
        case .inline:
            if indent.isEmpty {
                render(nodes, into: &out)
                return
            }
            indent = []
        case .standalone(let bytes):
            if bytes.isEmpty {
                render(nodes, into: &out)
                return
            }
            indent += bytes
        }
        render(nodes, into: &out)
        indent = saved
    }

    /// Renders the outermost override of a block, or its default content.
    ///
    /// An override is rendered with only the frames outside the parent tag that passed it, so
    /// blocks inside it resolve as they would where it was written.
    private mutating func renderBlock(_ name: String, _ defaults: [Node], _ indentation: BlockIndentation,
                                      into out: inout [UInt8]) {
        let savedIndent = indent
        indent += indentation.bytes
        if indentation.firstLine && !indent.isEmpty {
            out.append(contentsOf: indent)
        }
        if let frame = frames.firstIndex(where: { $0.content(for: name) != nil }),
           let content = frames[frame].content(for: name) {
            let savedFrames = frames
            frames.removeSubrange(frame...)
            render(content, into: &out)
            frames = savedFrames
        } else {
            render(defaults, into: &out)
        }
        indent = savedIndent
    }

    /// Writes text inside an indented expansion: each line that starts inside it takes the indentation.
    private func writeIndented(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") && index + 1 < bytes.count {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...index]))
            out.append(contentsOf: indent)
            start = index + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }
}
