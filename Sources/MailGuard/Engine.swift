import Detectors
import Logging
import Policy
import Synchronization

/// Everything a message is checked with. Immutable: a reload builds a new one and swaps it
/// whole, so a message in flight finishes with the engine it started with.
struct Engine: Sendable {
    let config: Config
    let rules: RuleSet
    let notices: NoticeWriter
    var inspector: MessageInspector { MessageInspector(rules: rules, settings: config.inspection, policy: config.policy) }

    /// Loads config, rules and notice templates; every problem on the way, each as
    /// `file:line: cause`.
    static func load(configPath: String) -> Result<Engine, LoadProblems> {
        ConfigLoader.load(configPath).flatMap { config in
            RuleLoader.load(config).flatMap { rules in
                NoticeConfig.templates(config.notices, policy: config.policy).map { templates in
                    Engine(config: config, rules: rules, notices: NoticeWriter(
                        templates: templates, contact: config.notices.contact, complianceCopies: config.notices.complianceCopies
                    ))
                }
            }
        }
    }
}

/// The engine in force, shared by every milter thread.
final class EngineStore: Sendable {
    private let current: Mutex<Engine>

    init(_ engine: Engine) { current = Mutex(engine) }

    var engine: Engine { current.withLock { $0 } }

    func replace(with engine: Engine) { current.withLock { $0 = engine } }

    /// Loads the config file again and swaps the engine only if everything loads and passes its
    /// self-test; otherwise the old engine stays live and each problem is logged.
    @discardableResult
    func reload(logger: Logger) -> Bool {
        let old = engine
        switch Engine.load(configPath: old.config.file) {
        case .success(let engine):
            replace(with: engine)
            if engine.config.milter.socket != old.config.milter.socket {
                logger.warning("milter socket changed in the config; it takes effect at the next restart")
            }
            logger.info("reloaded", metadata: ["rules": "\(engine.rules.rules.count)", "config": "\(engine.config.file)"])
            return true
        case .failure(let problems):
            for problem in problems.problems {
                logger.error("reload failed, previous rules stay live", metadata: ["problem": "\(problem)"])
            }
            return false
        }
    }
}
