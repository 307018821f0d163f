#!/usr/bin/env node
// The psw-role-kit command line. It runs the built core (dist/lib/src), which `npm ci` builds.
console.log(`psw-role-kit — design Peer Support Worker roles

Usage:
  psw-role-kit --help          this help
(validate, assess and export arrive with the command-line issue)`);
