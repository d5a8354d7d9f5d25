/// Compiles one template's source: scans it, checks its tags and names, lays out its
/// whitespace and builds its nodes, collecting every error with its position.
struct Compiler {
    private let source: TemplateSource
    private let text: SourceText
    /// The library's templates by name, to resolve partials and parents to indices.
    private let library: [String: Int]
    private let allowsMissingPartials: Bool
    private var problems: [(offset: Int, problem: Problem)] = []

    init(_ source: TemplateSource, library: [String: Int], allowsMissingPartials: Bool) {
        self.source = source
        self.text = SourceText(source.text)
        self.library = library
        self.allowsMissingPartials = allowsMissingPartials
    }

    /// The compiled template, or the errors found in it, sorted by position.
    /// The text of its nodes is appended to `arena`.
    mutating func compile(arena: inout [UInt8]) -> Result<CompiledTemplate, TemplateErrors> {
        let (tokens, scanProblems) = Scanner.scan(text.bytes)
        problems = scanProblems
        let structure = Structure(tokens, text, complete: scanProblems.isEmpty)
        problems += structure.problems

        var expressions = [Expression?](repeating: nil, count: tokens.count)
        var targets = [Int?](repeating: nil, count: tokens.count)
        var dynamicNames = [Path?](repeating: nil, count: tokens.count)
        var references: [TemplateReference] = []
        for (index, token) in tokens.enumerated() {
            let name = text.string(token.name)
            let (line, column) = text.position(of: token.range.lowerBound)
            func reference(_ kind: TemplateReference.Kind, path: [String], function: String? = nil) {
                references.append(TemplateReference(kind: kind, name: name, path: path, function: function,
                                                    line: line, column: column))
            }
            switch token.kind {
            case .variable, .unescaped, .section, .inverted:
                switch Expression.parse(name) {
                case .success(let expression):
                    expressions[index] = expression
                    let kind: TemplateReference.Kind = token.kind == .section ? .section
                        : token.kind == .inverted ? .invertedSection : .variable
                    switch expression {
                    case .path(let path): reference(kind, path: path.components)
                    case .call(let function, let path): reference(kind, path: path.components, function: function.rawValue)
                    }
                case .failure(let problem):
                    report(problem, at: token)
                }
            case .partial, .parent:
                let isPartial = token.kind == .partial
                if name.first == "*" {
                    switch Path.parse(String(name.dropFirst().drop(while: { $0 == " " || $0 == "\t" }))) {
                    case .success(let path):
                        dynamicNames[index] = path
                        reference(isPartial ? .dynamicPartial : .dynamicParent, path: path.components)
                    case .failure(let problem):
                        report(problem, at: token)
                    }
                } else if name.isEmpty {
                    report(Problem("the tag has no name", hint: "write the name of a template after '\(isPartial ? ">" : "<")'"), at: token)
                } else {
                    reference(isPartial ? .partial : .parent, path: [name])
                    targets[index] = library[name]
                    if targets[index] == nil && !allowsMissingPartials {
                        report(Problem("the template uses '\(name)', which is not a template of this library",
                                       hint: "create the template \(name).mustache, or fix the name"), at: token)
                    }
                }
            case .block:
                if name.isEmpty {
                    report(Problem("the tag has no name", hint: "write the name of the block after '$'"), at: token)
                } else {
                    reference(.block, path: [name])
                }
            case .text, .close, .comment, .delimiters:
                break
            }
            checkPlacement(of: index, tokens, structure)
        }

        guard problems.isEmpty else {
            let errors = problems.sorted { $0.offset < $1.offset }.map { offset, problem in
                let (line, column) = text.position(of: offset)
                return TemplateError(file: source.displayPath, line: line, column: column,
                                     message: problem.message, hint: problem.hint)
            }
            return .failure(TemplateErrors(errors: errors))
        }
        let layout = Layout(tokens, text.bytes, structure)
        var builder = Builder(tokens: layout.tokens, bytes: text.bytes, partner: structure.partner,
                              expressions: expressions, targets: targets, dynamicNames: dynamicNames, arena: arena)
        let nodes = builder.nodes(0..<tokens.count)
        arena = builder.arena
        return .success(CompiledTemplate(name: source.name, nodes: nodes, references: references))
    }

    /// Reports tags directly inside a parent that are not blocks (they would never render),
    /// and blocks passed twice to one parent.
    private mutating func checkPlacement(of index: Int, _ tokens: [Token], _ structure: Structure) {
        let enclosing = structure.enclosing[index]
        guard enclosing >= 0, tokens[enclosing].kind == .parent else { return }
        let parent = text.string(tokens[enclosing].name)
        switch tokens[index].kind {
        case .text, .comment, .delimiters, .close:
            return
        case .block:
            let name = tokens[index].name
            let earlier = (enclosing + 1..<index).contains { other in
                tokens[other].kind == .block && structure.enclosing[other] == enclosing
                    && text.bytes[tokens[other].name] == text.bytes[name]
            }
            if earlier {
                report(Problem("the block '\(text.string(name))' is passed twice to '\(parent)'",
                               hint: "keep one {{$\(text.string(name))}} inside {{<\(parent)}}"), at: tokens[index])
            }
        default:
            report(Problem("this tag is inside {{<\(parent)}} but outside any {{$block}}, so it is never rendered",
                           hint: "move it into a {{$block}} of the parent, or out of {{<\(parent)}}"), at: tokens[index])
        }
    }

    private mutating func report(_ problem: Problem, at token: Token) {
        problems.append((token.range.lowerBound, problem))
    }
}
