<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>GradeReader</name>
    <message numerus="yes">
        <source>The grade judged key point %1, but the rubric has %n key point(s).</source>
        <translation>
            <numerusform>The grade judged key point %1, but the rubric has %n key point.</numerusform>
            <numerusform>The grade judged key point %1, but the rubric has %n key points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeDrop</name>
    <message numerus="yes">
        <source>%n files were dropped. Drop one resume at a time.</source>
        <translation>
            <numerusform>%n file was dropped. Drop one resume at a time.</numerusform>
            <numerusform>%n files were dropped. Drop one resume at a time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::FirstRunPanel</name>
    <message numerus="yes">
        <source>%n chat servers are running on this computer.</source>
        <translation>
            <numerusform>%n chat server is running on this computer.</numerusform>
            <numerusform>%n chat servers are running on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is running on this computer (%2) with %n models, e.g. %3.</source>
        <translation>
            <numerusform>%1 is running on this computer (%2) with %n model: %3.</numerusform>
            <numerusform>%1 is running on this computer (%2) with %n models, e.g. %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::HeadlessRun</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 %3, %n request(s), about %4 tokens (%5 declared at admission), %6</source>
        <translation>
            <numerusform>%1: %2 %3, %n request, about %4 tokens (%5 declared at admission), %6</numerusform>
            <numerusform>%1: %2 %3, %n requests, about %4 tokens (%5 declared at admission), %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Targeting the job in %1 (%n character(s))</source>
        <translation>
            <numerusform>Targeting the job in %1 (%n character)</numerusform>
            <numerusform>Targeting the job in %1 (%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::HistoryDialog</name>
    <message numerus="yes">
        <source>Delete all %n saved run(s)? Their questions cannot be recovered.</source>
        <translation>
            <numerusform>Delete the %n saved run? Its questions cannot be recovered.</numerusform>
            <numerusform>Delete all %n saved runs? Their questions cannot be recovered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::InterviewPipeline</name>
    <message numerus="yes">
        <source>Found %n skill(s): %1</source>
        <translation>
            <numerusform>Found %n skill: %1</numerusform>
            <numerusform>Found %n skills: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continuing: %n skill(s) still need questions</source>
        <translation>
            <numerusform>Continuing: %n skill still needs questions</numerusform>
            <numerusform>Continuing: %n skills still need questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text recognition (OCR) read %n page(s) of the resume, mean confidence %1 %.</source>
        <translation>
            <numerusform>Text recognition (OCR) read %n page of the resume, mean confidence %1 %.</numerusform>
            <numerusform>Text recognition (OCR) read %n pages of the resume, mean confidence %1 %.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing questions for the %n skill(s) you chose</source>
        <translation>
            <numerusform>Writing questions for the %n skill you chose</numerusform>
            <numerusform>Writing questions for the %n skills you chose</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n skill(s); waiting for you to review them</source>
        <translation>
            <numerusform>Found %n skill; waiting for you to review it</numerusform>
            <numerusform>Found %n skills; waiting for you to review them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The job asks for %n skill(s) the resume does not show: %1</source>
        <translation>
            <numerusform>The job asks for %n skill the resume does not show: %1</numerusform>
            <numerusform>The job asks for %n skills the resume does not show: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing questions for the job&apos;s %n skill(s) not on the resume</source>
        <translation>
            <numerusform>Writing questions for the job&apos;s %n skill not on the resume</numerusform>
            <numerusform>Writing questions for the job&apos;s %n skills not on the resume</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n question(s) that repeated another question of the run</source>
        <translation>
            <numerusform>Left out %n question that repeated another question of the run</numerusform>
            <numerusform>Left out %n questions that repeated another question of the run</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::JobGapSection</name>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::MainWindow</name>
    <message numerus="yes">
        <source>Done: %n skills with questions.</source>
        <translation>
            <numerusform>Done: %n skill with questions.</numerusform>
            <numerusform>Done: %n skills with questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::PracticeSessionDialog</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time left: %n second(s)</source>
        <translation>
            <numerusform>Time left: %n second</numerusform>
            <numerusform>Time left: %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) graded, %1 out of 10 on average.</source>
        <translation>
            <numerusform>%n answer graded, %1 out of 10 on average.</numerusform>
            <numerusform>%n answers graded, %1 out of 10 on average.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %1 (%2; missed %n time(s))</source>
        <translation>
            <numerusform>• %1 (%2; missed once)</numerusform>
            <numerusform>• %1 (%2; missed %n times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::PrivacyPage</name>
    <message numerus="yes">
        <source>Found %n chat servers on this computer; the address and model are filled in.</source>
        <translation>
            <numerusform>Found %n chat server on this computer; its address and model are filled in.</numerusform>
            <numerusform>Found %n chat servers on this computer; the first one&apos;s address and model are filled in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::ProgressDialog</name>
    <message numerus="yes">
        <source>%n answer(s) graded, average %1 out of 10.</source>
        <translation>
            <numerusform>%n answer graded, average %1 out of 10.</numerusform>
            <numerusform>%n answers graded, average %1 out of 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s), average %2</source>
        <translation>
            <numerusform>%1: %n answer, average %2</numerusform>
            <numerusform>%1: %n answers, average %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::ProgressPanel</name>
    <message numerus="yes">
        <source>%1 of %n skills done</source>
        <translation>
            <numerusform>%1 of %n skill done</numerusform>
            <numerusform>%1 of %n skills done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests, %1 tokens</source>
        <translation>
            <numerusform>%n request, %1 tokens</numerusform>
            <numerusform>%n requests, %1 tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n calls waiting)</source>
        <translation>
            <numerusform>(%n call waiting)</numerusform>
            <numerusform>(%n calls waiting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::ProviderBox</name>
    <message numerus="yes">
        <source>Connected: %n models available.</source>
        <translation>
            <numerusform>Connected: %n model available.</numerusform>
            <numerusform>Connected: %n models available.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::QnamReply</name>
    <message numerus="yes">
        <source>The server %1 did not complete the response within %n second(s).</source>
        <translation>
            <numerusform>The server %1 did not complete the response within %n second.</numerusform>
            <numerusform>The server %1 did not complete the response within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server %1 did not answer within %n second.</numerusform>
            <numerusform>The server %1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server %1 stopped sending data for %n second(s).</source>
        <translation>
            <numerusform>The server %1 stopped sending data for %n second.</numerusform>
            <numerusform>The server %1 stopped sending data for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::QuestionRow</name>
    <message numerus="yes">
        <source>%n points a strong answer covers</source>
        <translation>
            <numerusform>%Ln point a strong answer covers</numerusform>
            <numerusform>%Ln points a strong answer covers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::Redaction</name>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n e-mail address</numerusform>
            <numerusform>%n e-mail addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n phone number</numerusform>
            <numerusform>%n phone numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile name(s)</source>
        <translation>
            <numerusform>%n profile name</numerusform>
            <numerusform>%n profile names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id number(s)</source>
        <translation>
            <numerusform>%n id number</numerusform>
            <numerusform>%n id numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::ResultsView</name>
    <message numerus="yes">
        <source>%n skills</source>
        <translation>
            <numerusform>%n skill</numerusform>
            <numerusform>%n skills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n questions</source>
        <translation>
            <numerusform>%1 of %Ln question</numerusform>
            <numerusform>%1 of %Ln questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::RunEstimate</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s), %2 tokens, cost %3</source>
        <translation>
            <numerusform>%1: %n request, %2 tokens, cost %3</numerusform>
            <numerusform>%1: %n requests, %2 tokens, cost %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), about %1 tokens (%2), %3, about %4</source>
        <translation>
            <numerusform>%n request, about %1 tokens (%2), %3, about %4</numerusform>
            <numerusform>%n requests, about %1 tokens (%2), %3, about %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::RunOutcome</name>
    <message numerus="yes">
        <source>Cancelled: %1 of %n skill(s) have questions.</source>
        <translation>
            <numerusform>Cancelled: %1 of %n skill has questions.</numerusform>
            <numerusform>Cancelled: %1 of %n skills have questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No questions could be written for any of the %n skill(s).</source>
        <translation>
            <numerusform>No questions could be written for the %n skill.</numerusform>
            <numerusform>No questions could be written for any of the %n skills.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Questions for all %n skill(s).</source>
        <translation>
            <numerusform>Questions for the %n skill.</numerusform>
            <numerusform>Questions for all %n skills.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Questions for %1 of %n skill(s); without questions: %2.</source>
        <translation>
            <numerusform>Questions for %1 of %n skill; without questions: %2.</numerusform>
            <numerusform>Questions for %1 of %n skills; without questions: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::RunPage</name>
    <message numerus="yes">
        <source>Grading waits about %n s for %1.</source>
        <translation>
            <numerusform>Grading waits about %n s for %1.</numerusform>
            <numerusform>Grading waits about %n s for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::RunWait</name>
    <message numerus="yes">
        <source>Waiting about %n s for the %1 rate limit</source>
        <translation>
            <numerusform>Waiting about %n s for the %1 rate limit</numerusform>
            <numerusform>Waiting about %n s for the %1 rate limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting about %n s: %1</source>
        <translation>
            <numerusform>Waiting about %n s: %1</numerusform>
            <numerusform>Waiting about %n s: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::SentLogDialog</name>
    <message numerus="yes">
        <source>%n request(s) sent in this run, %1 characters in all, exactly as the providers received them.</source>
        <translation>
            <numerusform>%n request sent in this run, %1 characters in all, exactly as the providers received it.</numerusform>
            <numerusform>%n requests sent in this run, %1 characters in all, exactly as the providers received them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::SkillReviewPanel</name>
    <message numerus="yes">
        <source>At most %n skills can be asked about in one run.</source>
        <translation>
            <numerusform>At most %n skill can be asked about in one run.</numerusform>
            <numerusform>At most %n skills can be asked about in one run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n skill</numerusform>
            <numerusform>%n skills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::SkillSectionWidget</name>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n questions</source>
        <translation>
            <numerusform>%1 of %Ln question</numerusform>
            <numerusform>%1 of %Ln questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::StoragePage</name>
    <message numerus="yes">
        <source>%1, %n file(s)</source>
        <translation>
            <numerusform>%1, %n file</numerusform>
            <numerusform>%1, %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s) (%1).</source>
        <translation>
            <numerusform>Removed %n file (%1).</numerusform>
            <numerusform>Removed %n files (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not remove %n file(s): %1</source>
        <translation>
            <numerusform>Could not remove %n file: %1</numerusform>
            <numerusform>Could not remove %n files: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::StudyDialog</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new card(s) from your saved runs</source>
        <translation>
            <numerusform>%n new card from your saved runs</numerusform>
            <numerusform>%n new cards from your saved runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n card(s) of deleted runs left the deck</source>
        <translation>
            <numerusform>; %n card of deleted runs left the deck</numerusform>
            <numerusform>; %n cards of deleted runs left the deck</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due today. %n card(s) in the deck.</source>
        <translation>
            <numerusform>Nothing is due today. %n card in the deck.</numerusform>
            <numerusform>Nothing is due today. %n cards in the deck.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Review %n Card(s)</source>
        <translation>
            <numerusform>&amp;Review %n Card</numerusform>
            <numerusform>&amp;Review %n Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n card(s). Each comes back when its rating said.</source>
        <translation>
            <numerusform>Reviewed %n card. It comes back when its rating said.</numerusform>
            <numerusform>Reviewed %n cards. Each comes back when its rating said.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n card(s) to %1</source>
        <translation>
            <numerusform>Exported %n card to %1</numerusform>
            <numerusform>Exported %n cards to %1</numerusform>
        </translation>
    </message>
</context>
</TS>
