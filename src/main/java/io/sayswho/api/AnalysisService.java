package io.sayswho.api;

import io.sayswho.engine.Engine;
import io.sayswho.engine.model.Analysis;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.MDC;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Applies the service's limits to a text, picks the engine for its language and runs it, counted against
 * {@code sayswho.overload.max-in-flight} and measured ({@link AnalysisMetrics}).
 */
@ApplicationScoped
public class AnalysisService {
    private final Engines engines;
    private final SayswhoConfig config;
    private final OverloadConfig overload;
    private final AnalysisMetrics metrics;
    private final Admission admission;
    /**
     * Runs the engine off the event loop. Its queue needs no bound of its own: only admitted analyses enter it, so it
     * never holds more than max-in-flight.
     */
    private final ExecutorService pool;

    @Inject
    public AnalysisService(Engines engines, SayswhoConfig config, OverloadConfig overload, AnalysisMetrics metrics) {
        this.engines = engines;
        this.config = config;
        this.overload = overload;
        this.metrics = metrics;
        this.admission = new Admission(overload.maxInFlight());
        metrics.watch(admission);
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(overload.effectiveThreads(), task -> {
            Thread thread = new Thread(task, "sayswho-analysis-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Analyses on the calling thread.
     *
     * @param language a language tag, or null for {@code sayswho.default-language}
     * @throws TextTooLongException         when {@code text} is over {@code sayswho.max-text-length}
     * @throws UnsupportedLanguageException when no loaded rule set reads {@code language}
     * @throws OverloadedException          when max-in-flight analyses are already running or waiting
     */
    public Analysis analyze(String text, String language) {
        Engine engine = engineFor(text, language);
        admit();
        try {
            return run(engine, text);
        } finally {
            admission.release();
        }
    }

    /**
     * As {@link #analyze}, but the engine runs on the analysis threads; the refusals (length, language, overload) are
     * thrown at once, on the calling thread, before anything is queued.
     */
    public CompletionStage<Analysis> submit(String text, String language) {
        Engine engine = engineFor(text, language);
        admit();
        // The request id travels to the analysis thread so that anything logged there carries it.
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        try {
            return CompletableFuture.supplyAsync(() -> {
                // Set (or cleared) at the start of each task, not removed at its end: the answer is completed on
                // this thread, and what is logged while it is written out (a failure's incident) needs the id too.
                if (requestId != null) {
                    MDC.put(RequestIds.MDC_KEY, requestId);
                } else {
                    MDC.remove(RequestIds.MDC_KEY);
                }
                try {
                    return run(engine, text);
                } finally {
                    admission.release();
                }
            }, pool);
        } catch (RejectedExecutionException e) {
            // Only when the pool is shut down, at the very end of a shutdown.
            admission.release();
            throw new OverloadedException(admission.limit(), overload.retryAfterSeconds());
        }
    }

    /**
     * Runs other engine work (a comparison) on the calling thread under the same in-flight limit as analyses, so no
     * endpoint can load the engine past it.
     *
     * @throws OverloadedException when max-in-flight analyses are already running or waiting
     */
    public <T> T admitted(Supplier<T> work) {
        admit();
        try {
            return work.get();
        } finally {
            admission.release();
        }
    }

    private Engine engineFor(String text, String language) {
        // The length check comes first: it is the cheaper refusal and does not depend on the language.
        if (text.length() > config.maxTextLength()) {
            throw new TextTooLongException(text.length(), config.maxTextLength());
        }
        return engines.forLanguage(language)
                .orElseThrow(() -> new UnsupportedLanguageException(language, engines.supportedLanguages()));
    }

    private void admit() {
        if (!admission.tryAcquire()) {
            metrics.rejected();
            throw new OverloadedException(admission.limit(), overload.retryAfterSeconds());
        }
    }

    private Analysis run(Engine engine, String text) {
        long started = System.nanoTime();
        Analysis analysis = engine.analyze(text);
        metrics.analysed(text, analysis, System.nanoTime() - started);
        return analysis;
    }

    @PreDestroy
    void stop() {
        // By now the HTTP server has drained (quarkus.shutdown.timeout): nothing is left to run.
        pool.shutdown();
    }
}
