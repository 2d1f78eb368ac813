#!/usr/bin/env node
// Turns Microsoft's SCIM validator Postman collection into one newman can run against a scim-engine connection.
//
//   node prepare-collection.js <collection.json> <out-collection.json> <out-environment.json>
//        --base-url http://127.0.0.1:PORT --connection con_xxx --token tok_xxx.yyy
//
// What it changes, and why:
//   * drops the "Get Token" folder: it targets the reference implementation's own /Token endpoint (our tokens
//     come from the Management API); with --users-only it also drops every Groups folder and request;
//   * rewrites the reference implementation's `serviceConfiguration` path segment to the RFC 7644 name
//     `ServiceProviderConfig`;
//   * sets the variables the requests use: {{Protocol}}://{{Server}}{{Port}}/{{Api}}/... and the bearer {{token}}.
'use strict';

const fs = require('fs');

const USER_FOLDERS = ['Endpoint tests', 'User tests', 'ComplexAttribute tests', 'User tests with garbage',
                      'Teardown garbage'];
const GROUP_FOLDERS = ['Group tests', 'Group tests with garbage'];
// Top-level requests (outside any folder): the final "everything was cleaned up" checks.
const TOP_LEVEL_REQUESTS = ['Get all users', 'Get all groups'];

function fail(message)
{
    process.stderr.write(`prepare-collection: ${message}\n`);
    process.exit(2);
}

function parseArgs(argv)
{
    const positional = [];
    const options = {};
    for (let i = 0; i < argv.length; ++i) {
        const arg = argv[i];
        if (arg.startsWith('--')) {
            if (i + 1 >= argv.length)
                fail(`missing value for ${arg}`);
            options[arg.slice(2)] = argv[++i];
        } else {
            positional.push(arg);
        }
    }
    if (positional.length !== 3)
        fail('usage: prepare-collection.js <collection.json> <out-collection.json> <out-environment.json> '
             + '--base-url URL --connection ID --token TOKEN');
    for (const required of ['base-url', 'connection', 'token']) {
        if (!options[required])
            fail(`--${required} is required`);
    }
    return {positional, options};
}

function pathSegments(request)
{
    const url = request.url;
    if (typeof url === 'string')
        return url.split('?')[0].split('/');
    return Array.isArray(url.path) ? url.path : String(url.path || '').split('/');
}

function targetsGroupsPath(item)
{
    return item.request && pathSegments(item.request).some(s => String(s).toLowerCase() === 'groups');
}

function rewriteServiceConfiguration(item)
{
    if (!item.request)
        return;
    const url = item.request.url;
    if (typeof url === 'string') {
        item.request.url = url.replace(/\/serviceConfiguration\b/g, '/ServiceProviderConfig');
        return;
    }
    if (Array.isArray(url.path))
        url.path = url.path.map(s => (s === 'serviceConfiguration' ? 'ServiceProviderConfig' : s));
    if (typeof url.raw === 'string')
        url.raw = url.raw.replace(/\/serviceConfiguration\b/g, '/ServiceProviderConfig');
}

function main()
{
    const {positional, options} = parseArgs(process.argv.slice(2));
    const [input, outCollection, outEnvironment] = positional;
    let collection;
    try {
        collection = JSON.parse(fs.readFileSync(input, 'utf8'));
    } catch (error) {
        fail(`cannot read ${input}: ${error.message}`);
    }

    const usersOnly = options['users-only'] === 'yes';
    const KEEP_FOLDERS = usersOnly ? USER_FOLDERS : USER_FOLDERS.concat(GROUP_FOLDERS);
    const KEEP_TOP_LEVEL_REQUESTS = TOP_LEVEL_REQUESTS;
    const targetsGroups = usersOnly ? targetsGroupsPath : () => false;
    const base = new URL(options['base-url']);
    const folderNames = collection.item.filter(i => Array.isArray(i.item)).map(i => i.name);
    for (const wanted of KEEP_FOLDERS) {
        if (!folderNames.includes(wanted))
            fail(`the collection has no folder named "${wanted}" (folders: ${folderNames.join(', ')})`);
    }

    const kept = [];
    const dropped = [];
    for (const entry of collection.item) {
        const isFolder = Array.isArray(entry.item);
        if (isFolder && KEEP_FOLDERS.includes(entry.name)) {
            entry.item = entry.item.filter(request => {
                if (targetsGroups(request)) {
                    dropped.push(`${entry.name} / ${request.name}`);
                    return false;
                }
                rewriteServiceConfiguration(request);
                return true;
            });
            kept.push(entry);
        } else if (!isFolder && KEEP_TOP_LEVEL_REQUESTS.includes(entry.name) && !targetsGroups(entry)) {
            rewriteServiceConfiguration(entry);
            kept.push(entry);
        } else {
            dropped.push(isFolder ? `${entry.name}/ (folder)` : entry.name);
        }
    }
    collection.item = kept;

    // The requests are built as {{Protocol}}://{{Server}}{{Port}}/{{Api}}/Users..., so Port carries its colon.
    const variables = {
        Protocol: base.protocol.replace(/:$/, ''),
        Server: base.hostname,
        Port: base.port ? `:${base.port}` : '',
        Api: `scim/v2/connections/${options.connection}`,
    };
    collection.variable = Object.entries(variables).map(([key, value]) => ({key, value, type: 'string'}));

    // The scripts read and write the environment (pm.environment.get("token"), pm.environment.set("id1", ...)).
    const environment = {
        name: 'scim-engine conformance',
        values: [{key: 'token', value: options.token, type: 'secret', enabled: true}],
    };

    fs.writeFileSync(outCollection, JSON.stringify(collection, null, 2));
    fs.writeFileSync(outEnvironment, JSON.stringify(environment, null, 2));
    const requestCount = kept.reduce((n, e) => n + (Array.isArray(e.item) ? e.item.length : 1), 0);
    process.stdout.write(`prepared ${requestCount} requests in: ${kept.map(e => e.name).join(', ')}\n`);
    process.stdout.write(`excluded: ${dropped.join('; ')}\n`);
}

main();
