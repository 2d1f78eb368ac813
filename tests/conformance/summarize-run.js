#!/usr/bin/env node
// Reads newman's JSON report and prints the assertion counts and, for every failed assertion, the request, what the
// collection's test script expected and what the engine answered.  Exit code: 0 when nothing failed, 1 otherwise.
//
//   node summarize-run.js <newman-report.json>
'use strict';

const fs = require('fs');

const BODY_LIMIT = 600;

function responseBody(response)
{
    if (!response || !response.stream)
        return '';
    const stream = response.stream;
    const buffer = stream.type === 'Buffer' && Array.isArray(stream.data) ? Buffer.from(stream.data) : Buffer.from([]);
    const text = buffer.toString('utf8');
    return text.length > BODY_LIMIT ? `${text.slice(0, BODY_LIMIT)}... (${text.length} chars)` : text;
}

function folderIndex(collection)
{
    const folders = new Map();
    const walk = (items, folder) => {
        for (const item of items || []) {
            if (Array.isArray(item.item))
                walk(item.item, item.name);
            else
                folders.set(item.id, folder);
        }
    };
    walk(collection && collection.item, '');
    return folders;
}

function main()
{
    const file = process.argv[2];
    if (!file) {
        process.stderr.write('usage: summarize-run.js <newman-report.json>\n');
        process.exit(2);
    }
    let report;
    try {
        report = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
        process.stderr.write(`summarize-run: cannot read newman's report ${file}: ${error.message}\n`);
        process.exit(1);
    }
    const run = report.run;
    const folders = folderIndex(report.collection);
    const stats = run.stats;
    let passed = 0;
    let failed = 0;
    const failures = [];
    for (const execution of run.executions) {
        const name = execution.item.name;
        const folder = folders.get(execution.item.id) || '';
        const label = folder ? `${folder} / ${name}` : name;
        const response = execution.response;
        const status = response ? `${response.code} ${response.status}` : 'no response';
        if (execution.requestError)
            failures.push({label, assertion: '(request could not be sent)', kind: 'error',
                           message: execution.requestError.message || String(execution.requestError), status,
                           body: ''});
        for (const assertion of execution.assertions || []) {
            if (assertion.skipped)
                continue;
            if (assertion.error) {
                ++failed;
                failures.push({label, assertion: assertion.assertion, kind: 'expected', message: assertion.error.message,
                               status, body: responseBody(response)});
            } else {
                ++passed;
            }
        }
        // Errors thrown by a test script outside pm.test() (e.g. pm.response.json() on an empty body).
        if (execution.testScript) {
            for (const script of execution.testScript) {
                if (script.error) {
                    failures.push({label, assertion: '(test script error)', kind: 'error',
                                   message: script.error.message, status, body: responseBody(response)});
                }
            }
        }
    }

    process.stdout.write('\n=== Conformance summary (Microsoft SCIM validator collection, Users) ===\n');
    process.stdout.write(`requests executed: ${stats.requests.total} (failed to send: ${stats.requests.failed})\n`);
    process.stdout.write(`assertions: ${stats.assertions.total} total, ${passed} passed, ${failed} failed\n`);
    process.stdout.write(`test scripts failed: ${stats.testScripts.failed}\n`);
    if (failures.length) {
        process.stdout.write('\nFailures:\n');
        failures.forEach((f, index) => {
            process.stdout.write(`${index + 1}. [${f.label}] ${f.assertion}\n`);
            process.stdout.write(`   ${f.kind}: ${f.message}\n`);
            process.stdout.write(`   engine answered: ${f.status}${f.body ? ` ${f.body}` : ''}\n`);
        });
    }
    process.stdout.write(`\nconformance: ${passed} passed, ${failed} failed\n`);
    const ok = failures.length === 0 && stats.requests.failed === 0 && stats.testScripts.failed === 0;
    process.exit(ok ? 0 : 1);
}

main();
