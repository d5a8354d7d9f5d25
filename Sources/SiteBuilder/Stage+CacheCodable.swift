import ContentLoader
import JourneyModel

// Stage notes as `StageMemo` keeps them. Every stored property is written: a property added to
// one of these types must be added here too (the memo's tests count them).

extension Stage: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(number)
        writer.write(slug)
        writer.write(name)
        writer.write(emotion)
        writer.write(emotions)
        writer.write(feeling)
        writer.write(quote)
        writer.write(actions)
        writer.write(thoughts)
        writer.write(touchpoints)
        writer.write(steps)
        writer.write(painPoints)
        writer.write(opportunities)
        writer.write(metrics)
        writer.write(evidence)
        writer.write(owner)
        writer.write(timeOfDay)
        writer.write(bodyHTML)
        writer.write(source)
    }

    init(from reader: inout CacheReader) throws {
        self.init(number: try reader.read(), slug: try reader.read(), name: try reader.read(), emotion: try reader.read(),
                  emotions: try reader.read(), feeling: try reader.read(), quote: try reader.read(),
                  actions: try reader.read(), thoughts: try reader.read(), touchpoints: try reader.read(),
                  steps: try reader.read(), painPoints: try reader.read(), opportunities: try reader.read(),
                  metrics: try reader.read(), evidence: try reader.read(), owner: try reader.read(),
                  timeOfDay: try reader.read(), bodyHTML: try reader.read(), source: try reader.read())
    }
}

extension Touchpoint: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(name)
        writer.write(channel)
        writer.write(emotion)
    }

    init(from reader: inout CacheReader) throws {
        self.init(name: try reader.read(), channel: try reader.read(), emotion: try reader.read())
    }
}

extension Step: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(name)
        writer.write(score)
        writer.write(actors)
    }

    init(from reader: inout CacheReader) throws {
        self.init(name: try reader.read(), score: try reader.read(), actors: try reader.read())
    }
}

extension PainPoint: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(text)
        writer.write(severity)
        writer.write(id)
    }

    init(from reader: inout CacheReader) throws {
        self.init(text: try reader.read(), severity: try reader.read(), id: try reader.read())
    }
}

extension ItemID: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(name)
        writer.write(location)
    }

    init(from reader: inout CacheReader) throws {
        self.init(try reader.read(), at: try reader.read())
    }
}

extension SourceLocation: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(file)
        writer.write(line)
        writer.write(column)
    }

    init(from reader: inout CacheReader) throws {
        self.init(file: try reader.read(), line: try reader.read(), column: try reader.read())
    }
}

extension Opportunity: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(text)
        writer.write(impact)
        writer.write(effort)
        writer.write(owner)
        writer.write(status)
        writer.write(id)
        writer.write(addresses)
    }

    init(from reader: inout CacheReader) throws {
        self.init(text: try reader.read(), impact: try reader.read(), effort: try reader.read(), owner: try reader.read(),
                  status: try reader.read(), id: try reader.read(), addresses: try reader.read())
    }
}

extension Metrics: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(visitors)
        writer.write(csat)
        writer.write(nps)
        writer.write(ces)
    }

    init(from reader: inout CacheReader) throws {
        self.init(visitors: try reader.read(), csat: try reader.read(), nps: try reader.read(), ces: try reader.read())
    }
}

extension Level: CacheCodableByName {}
extension OpportunityStatus: CacheCodableByName {}
extension Evidence: CacheCodableByName {}
extension Diagnostic.Severity: CacheCodableByName {}

extension Diagnostic: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(severity)
        writer.write(location)
        writer.write(message)
        writer.write(hint)
    }

    init(from reader: inout CacheReader) throws {
        self.init(try reader.read(Severity.self), at: try reader.read(), try reader.read(), hint: try reader.read())
    }
}

extension LoadedStage: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(stage)
        writer.write(diagnostics)
        writer.write(contentHash)
        writer.write(context)
    }

    init(from reader: inout CacheReader) throws {
        self.init(stage: try reader.read(), diagnostics: try reader.read(), contentHash: try reader.read(), context: try reader.read())
    }
}
