import { randomBytes } from 'node:crypto'

// Each test file gets a database of its own on the server MONGODB_URI points at.
const uri = new URL(process.env.MONGODB_URI as string)
uri.pathname = `/ombudshandel_test_${randomBytes(6).toString('hex')}`
process.env.DATABASE_URI = uri.toString()
process.env.PAYLOAD_SECRET = 'test-secret-for-integration-tests'
