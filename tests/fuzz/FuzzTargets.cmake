# The fuzz target functions as a library, shared by the libFuzzer executables (tests/fuzz,
# IP_FUZZ=ON) and by tst_fuzz_regressions (tests/, the ordinary build). Included from both.
if(NOT TARGET ip_fuzztargets)
    add_library(ip_fuzztargets STATIC
        ${CMAKE_CURRENT_LIST_DIR}/FuzzSupport.cpp ${CMAKE_CURRENT_LIST_DIR}/FuzzSupport.h
        ${CMAKE_CURRENT_LIST_DIR}/FuzzTargets.h ${CMAKE_CURRENT_LIST_DIR}/FuzzRegistry.cpp
        ${CMAKE_CURRENT_LIST_DIR}/ProviderChecks.cpp ${CMAKE_CURRENT_LIST_DIR}/ProviderChecks.h
        ${CMAKE_CURRENT_LIST_DIR}/targets/FuzzDuration.cpp
        ${CMAKE_CURRENT_LIST_DIR}/targets/FuzzErrors.cpp
        ${CMAKE_CURRENT_LIST_DIR}/targets/FuzzGemini.cpp
        ${CMAKE_CURRENT_LIST_DIR}/targets/FuzzLlmJson.cpp
        ${CMAKE_CURRENT_LIST_DIR}/targets/FuzzOpenAi.cpp
        ${CMAKE_CURRENT_LIST_DIR}/targets/FuzzRedaction.cpp
        ${CMAKE_CURRENT_LIST_DIR}/targets/FuzzResumeImage.cpp
        ${CMAKE_CURRENT_LIST_DIR}/targets/FuzzResumeText.cpp
        ${CMAKE_CURRENT_LIST_DIR}/targets/FuzzSession.cpp
        ${CMAKE_CURRENT_LIST_DIR}/targets/FuzzSpeech.cpp
        ${CMAKE_CURRENT_LIST_DIR}/targets/FuzzSse.cpp)
    target_include_directories(ip_fuzztargets PUBLIC ${CMAKE_CURRENT_LIST_DIR})
    target_link_libraries(ip_fuzztargets PUBLIC ip_net ip_providers ip_resume ip_privacy ip_session ip_speech)
    # Parsers whose module is not in the tree yet are left out (their target with them).
    if(TARGET ip_pipeline)
        target_sources(ip_fuzztargets PRIVATE ${CMAKE_CURRENT_LIST_DIR}/targets/FuzzSectionSplitter.cpp)
        target_link_libraries(ip_fuzztargets PUBLIC ip_pipeline)
        target_compile_definitions(ip_fuzztargets PUBLIC IP_FUZZ_HAVE_PIPELINE)
    endif()
    ip_apply_settings(ip_fuzztargets)
endif()

# name → function of every target in this build.
set(IP_FUZZ_TARGETS
    sse:fuzzSse
    llmjson:fuzzLlmJson
    gemini_response:fuzzGeminiResponse
    gemini_grounding:fuzzGeminiGrounding
    openai_response:fuzzOpenAiResponse
    openai_stream:fuzzOpenAiStream
    error_classifier:fuzzErrorClassifier
    duration:fuzzDuration
    resume_text:fuzzResumeText
    redaction:fuzzRedaction
    resume_image:fuzzResumeImage
    session:fuzzSession
    speech:fuzzSpeech)
if(TARGET ip_pipeline)
    list(APPEND IP_FUZZ_TARGETS section_splitter:fuzzSectionSplitter)
endif()
