#include "FuzzTargets.h"

namespace ip::fuzz {

QList<FuzzTarget> fuzzTargets()
{
    return {
        { "sse", &fuzzSse },
        { "llmjson", &fuzzLlmJson },
        { "gemini_response", &fuzzGeminiResponse },
        { "gemini_grounding", &fuzzGeminiGrounding },
        { "openai_response", &fuzzOpenAiResponse },
        { "openai_stream", &fuzzOpenAiStream },
        { "error_classifier", &fuzzErrorClassifier },
        { "duration", &fuzzDuration },
        { "resume_text", &fuzzResumeText },
        { "redaction", &fuzzRedaction },
        { "resume_image", &fuzzResumeImage },
        { "session", &fuzzSession },
        { "speech", &fuzzSpeech },
#ifdef IP_FUZZ_HAVE_PIPELINE
        { "section_splitter", &fuzzSectionSplitter },
#endif
    };
}

} // namespace ip::fuzz
