<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PracticeCoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding of recorded practice sessions in children&apos;s social work, with feedback for practitioners and Practice Reports for managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>windows, database access, audio output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charts in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading audio files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slower and faster playback without changing pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistical distributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practice database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministrationsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scorable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prorated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timepoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioProbe</name>
    <message>
        <source>The recording %1 is damaged or cut short: no sound could be read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 appears to be cut short: it is shorter than its header says (%2). It will play up to where it breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 could not be read to the end: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingCommands</name>
    <message>
        <source>Add evidence note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit evidence note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete evidence note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingPage</name>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start here  [</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the coded window at the playhead ([)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End here  ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the coded window at the playhead (])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole recording  W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code the whole recording (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;  ↑/↓ skill · 1–5 score · 0 or X not codable · R rationale · N note · S strength · D to develop · [ ] window start/end · W whole recording · Ctrl+Enter finalise · Ctrl+Z undo · Ctrl+Shift+Z redo · Space play/pause · ←/→ skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score this skill (1–5) or mark it not codable before writing a rationale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding finalised and locked. Active coding time: %1 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %3 · family %4 · %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recording no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Coded window:&lt;/b&gt; whole recording%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Coded window:&lt;/b&gt; %1 – %2 (%3 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 skills done · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not codable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coded window cannot start at the very end of the recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded window from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coded window must end after it starts (%1). Move the playhead past the start, then press ].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded window to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code the whole recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding unlocked; the reason is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export notes as Audacity labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audacity labels (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the notes to %1. In Audacity: File ▸ Import ▸ Labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording has no audio in the library (imported history). You can still score it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio file is missing (%1). Use “Locate…” on the Recordings page to find it; you can still score meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New codings: first </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coded window a new coding starts with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingRepository</name>
    <message>
        <source>The recording no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording %1 already has a %2 coding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second coding must be made by a different coder from the primary coding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second coding needs a primary coding to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording has not been double coded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both codings must be final before they can be compared, so that neither coder sees the other&apos;s scores while coding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coding no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coding is final. Unlock it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coded window must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score these skills or mark them not codable first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the coding is being unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coding is not final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording already has a consensus coding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingSession</name>
    <message>
        <source>This coding cannot be shown: it does not exist, or it is another coder&apos;s coding that stays hidden until both codings are final.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingsExporter</name>
    <message>
        <source>the file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingsImporter</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recording_code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practitioner_code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown practitioner %1 (import staff first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded_on &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session_type &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coder is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coding_role &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coded_on &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 score &quot;%2&quot; is not a whole number from %3 to %4 (leave it blank for not codable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second %1 coding for recording %2 (the first is on line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording %1 has a different practitioner, family, date or session type on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary and second codings of recording %1 must be by different coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording %1 is already stored with a different practitioner, family, date or session type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practitioner %1 is in no team; import staff first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording %1 already has a different %2 coding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>You are still coding this recording, so the other coding stays hidden until yours is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not codable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ⚑ 2 or more apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ Scored by one coder only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create consensus coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double coding of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2&lt;/b&gt; skills agree exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b42318&apos;&gt;&lt;b&gt;⚑ %1&lt;/b&gt; two or more points apart&lt;/span&gt;: talk these through before agreeing a consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other differences are a single point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 evidence note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 evidence notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Primary&lt;/b&gt; — %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Second&lt;/b&gt; — %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open consensus coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not codable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceAudioSink</name>
    <message>
        <source>No audio output device was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio output stopped (the device may have been unplugged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio output could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <source>the file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceNoteEditor</name>
    <message>
        <source>Alt+S strength, Alt+D to develop, Alt+N note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened at this moment? Enter saves, Shift+Enter for a new line, Escape cancels; Alt+1–7 tick skills, Alt+S, Alt+D, Alt+N set the kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceNotesModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyChangeModel</name>
    <message>
        <source>Not scorable at T1 or T2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reliable-change figures for this scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable deterioration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reliable change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (provisional figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 over a standard error of the difference of %2 gives an index of %3; beyond ±1.96 is reliable. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher scores are better on this measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower scores are better on this measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyRepository</name>
    <message>
        <source>The family case code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family case code is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look up the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the family %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the families</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyTimelineView</name>
    <message>
        <source>&amp;Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from T1 to T2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable change (Jacobson and Truax): a change is reliable when it is more than 1.96 times its standard error. Whether up or down is better comes from the questionnaire: lower is better on SCORE-15 and GHQ-12, higher on the Working Alliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaires have been logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no family %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 questionnaire logged for this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questionnaires logged for this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackSheetView</name>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback due (more than 7 days after finalising)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the team mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record feedback given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (session %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No final codings for this practitioner yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That coding is not final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback given on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback not yet recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching feedback: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of %1, %2. Coded by %3. Coded window: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not codable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall MSW score per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team mean, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few team codings in %1 to show a team mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall MSW score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback cannot be recorded before the coding was finalised or in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the feedback sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback sheet could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching feedback · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private to the practitioner and their coach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this level looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence from the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory across all final codings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FfmpegInput</name>
    <message>
        <source>No recording was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 does not exist. It may have been moved, renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it may be a device or a pipe), so it cannot be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 is empty (0 bytes). The copy from the recorder may have failed; copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 cannot be read: you do not have permission to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a text file, not a recording, even though its name looks like audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 is damaged or incomplete, or not in an audio format PracticeCoder knows (MP3, M4A, WAV, FLAC, OGG, Opus, WMA). If it was copied from a recorder, copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 is damaged: its audio format cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 uses an audio format this computer cannot decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 contains no audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio in %1 cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording %1 is damaged: it gives no sample rate or channel count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinaliseAction</name>
    <message>
        <source>Finalise coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the coding once all seven skills are scored or not codable (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finalised yet: score or mark not codable %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>Overdue by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due (in %1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T1 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T2 due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>T2 due after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show those not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up is listed from two weeks before its T2 is due, and is overdue from the day after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log this T2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No T1 is waiting for its T2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 T1 questionnaires waiting for a T2; %2 overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due now, %2 overdue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoToTimeDialog</name>
    <message>
        <source>Go to a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in the recording (h:mm:ss, mm:ss or seconds), up to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time. Try 1:02:03, 62:03 or 75.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording is only %1 long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Creating the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PracticeCoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be created.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice database could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocateRecordingDialog</name>
    <message>
        <source>Locate recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio of recording &lt;b&gt;%1&lt;/b&gt; was expected at&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Pick the file where it is now, or let PracticeCoder search a folder for it (the file is recognised by its contents, so it may have been renamed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the recording&apos;s audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search which folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file in %1 has this recording&apos;s audio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recordings folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the audio files are kept; paths under it are stored relative to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PracticeCoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — PracticeCoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio files are looked for beside the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was made by a newer version of PracticeCoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a PracticeCoder database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PracticeCoder cannot save changes there: it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2

Nothing has been changed. You are still working in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PracticeCoder databases (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PracticeCoder databases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. To work in it, use Open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureEntryForm</name>
    <message>
        <source>Case code, e.g. F0123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timepoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type every answer in order, e.g. 24135 or 2 4 1 3 5; . or - for a missing item; Enter saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the answers and start a new questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers %1 to %2 (%3). Type . or - for a missing item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a run of digits and in the answer list, 0 means 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the answers as ticked on the paper: reverse-keyed items are turned round when scoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a new family; it will be added when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reverse-keyed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scorable (needs %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prorated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an answer on %2: answers run from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a questionnaire this version knows, so it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting %1 for family %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the family&apos;s case code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers have been typed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scorable: too many items missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(prorated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 for family %2 (%3, %4): %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for family %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and all its answers? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresExporter</name>
    <message>
        <source>family %1 has answers to &quot;%2&quot;, which this version of PracticeCoder does not know, so they cannot be scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be written to the end (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresImporter</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing column(s): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family_code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>respondent: &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument: unknown instrument &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>respondent: %1 is not answered by %2 (only %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timepoint: &quot;%1&quot; is not T1, T2, T3 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administered_on: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode: &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has only %3 items, so this cell must be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is outside %3 to %4 for %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 items but the file has no item_%3 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same family, respondent, instrument and timepoint as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 from the %3 at %4 with different answers or date; change it in the application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Log a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load licensed wording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the questionnaires&apos; item wording from a pack your organisation holds a licence for (JSON or CSV: instrument_id, item, text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item numbers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load licensed item wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item-text packs (*.json *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item wording not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wording could not be loaded, so the forms show item numbers only.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresRepository</name>
    <message>
        <source>&quot;%1&quot; is not a known questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a respondent (use one of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not answered by the %2 (it is for: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timepoint (use T1, T2, T3 ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the questionnaire was completed is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way of completing a questionnaire (use one of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 already has %2 from the %3 at %4 (completed %5). Open it from the family timeline to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the answer to item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire was changed or deleted elsewhere since you opened it. Open it again to see the latest answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire was already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the family&apos;s recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotCodableDialog</name>
    <message>
        <source>Not codable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why can &lt;b&gt;%1&lt;/b&gt; not be coded in this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio is inaudible at the key moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session gave no opportunity to show this skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practitioner is not the one leading the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or choose a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not codable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>&lt;b&gt;Evidence notes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for Audacity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notes as an Audacity label file, to open beside the audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet: press N at a moment worth noting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>, cohort %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in training since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, or between teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency staff: often not yet trained in Motivational Social Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team / practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last coded session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Search names, codes and teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teams and practitioners could not be read.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no teams yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches this search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybackEngine</name>
    <message>
        <source>No sound: this computer has no audio output. You can still move through the recording and code it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound: %1 You can still move through the recording and code it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerPreferencesDialog</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping and rewinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you pause, go back this far so you hear the last words again when you carry on. 0 turns it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short skip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long skip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind on pause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (a transcription foot pedal that sends key presses can use these too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used for both “%2” and “%3”. Choose a different key for one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerShortcuts</name>
    <message>
        <source>Play or pause (not while typing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause, even while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip back (short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip forward (short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip back (long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip forward (long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster (+0.1×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower (−0.1×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal speed (1×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in on the waveform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out of the waveform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop: set A, set B, clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip back further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip forward further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop A–B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the waveform: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording appears to be cut short: its sound ends at %1 although it should last %2. It plays up to where it breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waveform could not be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the waveform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop: A set at %1; press %2 again to set B.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Add recordings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add audio files to the library, with the practitioner, family and consent details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or drop audio files onto the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff (teams and practitioners)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code this recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate audio…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>%1 has %2 items; there are more answers than that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: &quot;%2&quot; is not an answer; type a number, or . or - for a missing item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: %2 is outside %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingImportDialog</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Audio files&lt;/b&gt; (the details below apply to each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymous case code, never a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family case code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one audio file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the practitioner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the team the practitioner was in at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the family&apos;s case code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the session type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why this session was selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the %1&apos;s consent (choose “Not recorded” if it is not known yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the %1&apos;s consent as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the %1&apos;s consent is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this audio is already in the library as recording %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingLibraryActions</name>
    <message>
        <source>Import staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import coding history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1, because of these problems:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only audio files can be added (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingRepository</name>
    <message>
        <source>The recording needs a date, a practitioner, a team, a family, a session type and a selection reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This audio is already in the library as recording %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a recording with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not the audio of recording %1: its contents differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is already the audio of recording %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practitioner refused consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practitioner&apos;s consent is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family refused consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family&apos;s consent is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording %1 cannot be coded: %2. A recording can be coded only when both the practitioner and the family have given consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingStartPanel</name>
    <message>
        <source>Open my coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a recording on the Recordings page and press Enter to code it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 coding by %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: %1 · selected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not coded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a second coding (reliability)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingsModel</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording may be coded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording may not be coded until both consents are given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio file is stored for this recording (its scores may have been imported, or the audio deleted after coding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio file %1 could not be found. Check the recordings folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, code %2
Team at the time of the recording: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practitioner&apos;s team at the time of the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner&apos;s consent / family&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this session was chosen for recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingsView</name>
    <message>
        <source>Search codes and names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practitioner&apos;s team at the time of the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any coding status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recordings could not be read.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of 1 recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no recordings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recordings match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferencePoint</name>
    <message>
        <source>Islington Motivational Social Work evaluation, 101 coded cases (Tilda Goldberg Centre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After motivational interviewing training alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSW with coaching and better conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference point line %1: expected &quot;value | label | source&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Overall MSW score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (factor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean with 95% confidence interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score (1 = low, 5 = high), with 95% confidence interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of scores (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>Parents&apos; working alliance (WAI-S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents&apos; working alliance (WAI-SR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer rating of engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice feedback report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall (each coding&apos;s mean)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>Aggregate figures only; no practitioner or family is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private to the practitioner and their coach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 final coding of a recorded practice session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 final codings of recorded practice sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced on %1 by PracticeCoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read this report: scores are on the Motivational Social Work scale from 1 (low) to 5 (high). Each recorded session counts once, using its consensus coding where the coders agreed one, otherwise its primary coding; only final codings are used. Any mean or share based on fewer than %1 codings is shown as &quot;%2&quot; and never as a number. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager reports never name practitioners or families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is private to the practitioner and their coach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of those active in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall MSW score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read against published reference points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Skills profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each skill&apos;s mean score with its 95% confidence interval. The dashed lines are the reference points above. A wide interval means few codings: read it with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor composite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Distribution of scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of sessions scored at each level, for each skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Trend over the last %1 quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overall score by quarter with its 95% confidence band, beside the whole service (dashed). Gaps are quarters with fewer than %1 codings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overall score by quarter with its 95% confidence band. Gaps are quarters with fewer than %1 codings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Engagement and family change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: change from T1 to T2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliably better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliably worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs are family members who completed %1 at T1 and at T2, with T2 in this period. On %1 a higher score means more difficulty, so a fall is an improvement. Reliable change uses the Jacobson–Truax index (|RCI| &gt; 1.96)%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with provisional parameters; see the instrument definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than %1 family members completed %2 at both T1 and T2 with T2 in this period, so change is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Reliability of coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than %1 recordings in the period were coded independently by two evaluators, so reliability is not shown for this period alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recordings in the period were coded independently by two evaluators. Agreement between the primary and second coder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICC(A,1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICC(C,1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α (ordinal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICC(A,1): two-way absolute agreement; ICC(C,1): consistency (McGraw &amp; Wong). Weighted κ uses quadratic weights over scores 1 to 5. A pair is left out of a skill when either coder marked it not codable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Coverage and timeliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners active on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners with no coded session in the 6 months to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback given within 7 days of the coding being finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings whose feedback is not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T2 follow-ups overdue (T1 given more than %1 weeks earlier, no T2 logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores: each of the seven Motivational Social Work skills is rated once per coded session from 1 (low) to 5 (high) using coding scheme v1. The overall MSW score of a session is the mean of the skills it scored; factor scores are the mean of the factor&apos;s skills. Means are shown with 95% confidence intervals from Student&apos;s t. Skills marked not codable are left out, never counted as zero. Engagement and family measures are scored from the instruments&apos; published keys. Any mean or share based on fewer than %1 codings, forms or pairs is shown as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>&apos;%1&apos; is not a quarter like 2025-Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date like 2025-01-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period from %1 to %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSpec</name>
    <message>
        <source>Whole service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;service&apos; cannot be combined with another scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a practitioner report cannot also cover teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown team &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a practitioner report covers one practitioner only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown practitioner &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a scope; use service, team:NAME or practitioner:CODE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall MSW score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change on previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Skills profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Distribution of scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Engagement and family change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Reliability of coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Coverage and timeliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Only final codings count, one per session (the consensus coding where there is one). Figures based on fewer than %2 codings are shown as &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (factor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T1 to T2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliably better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliably worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICC(A,1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICC(C,1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α (ordinal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners active on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coded session in the 6 months to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback given within 7 days of finalising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T2 follow-ups overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Practice Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Practice Report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillRow</name>
    <message>
        <source>Not codable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale: why this score (R to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a score first, then add a rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not codable&lt;/b&gt; — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffImporter</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team_kind &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practitioner_code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the display_name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employment &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined_on &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practitioner %1 is already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1 is given another kind (%2) on an earlier line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined_on %1 is before %2 joined their current team (%3, from %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Playback speed; the voice keeps its pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and skips…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the player&apos;s keys, skip lengths and rewind on pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coding is final. Unlocking lets you change it again, and the reason you give is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the coding need to change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueSets</name>
    <message>
        <source>Children in Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children Looked After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fostering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care leavers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy team manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervising social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person&apos;s adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivational interviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivational Social Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child in need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care leaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second (reliability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>Waveform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop A–B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the waveform…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
